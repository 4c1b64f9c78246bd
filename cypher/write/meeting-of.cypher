// A programme may name a group before the document describing it is loaded: the node then starts with
// the programme's name, which the describing document replaces.
UNWIND $rows AS row
MERGE (w:WorkingGroup {key: row.group})
ON CREATE SET w.name = row.name
WITH w, row
MATCH (e:Event {id: row.event})
MERGE (e)-[r:MEETING_OF]->(w)
SET r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage
