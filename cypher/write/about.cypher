UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (t:Topic {key: row.topic})
MERGE (e)-[r:ABOUT]->(t)
SET r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage
