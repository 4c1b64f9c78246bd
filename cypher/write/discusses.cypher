UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (a:AgendaItem {key: row.item})
MERGE (e)-[r:DISCUSSES]->(a)
SET r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage
