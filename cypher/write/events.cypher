UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.kind = row.kind, e.session = row.session, e.title = row.title, e.description = row.description,
    e.date = date(row.date), e.start = row.start, e.end = row.end, e.venue = row.venue, e.online = row.online,
    e.sourceFile = row.sourceFile, e.sourceLine = row.sourceLine, e.sourcePage = row.sourcePage
WITH e, row
MATCH (s:Session {number: row.session})
MERGE (e)-[:IN_SESSION]->(s)
