UNWIND $rows AS row
MERGE (a:AgendaItem {key: row.key})
SET a.session = row.session, a.number = row.number, a.title = row.title,
    a.sourceFile = row.sourceFile, a.sourceLine = row.sourceLine, a.sourcePage = row.sourcePage
WITH a, row
MATCH (s:Session {number: row.session})
MERGE (a)-[:IN_SESSION]->(s)
