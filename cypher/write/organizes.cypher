UNWIND $rows AS row
MATCH (o:Organization {key: row.org})
MATCH (e:Event {id: row.event})
MERGE (o)-[r:ORGANIZES]->(e)
SET r.role = row.role, r.surface = row.surface, r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage
