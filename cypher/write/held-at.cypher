UNWIND $rows AS row
MERGE (v:Venue {name: row.venue})
WITH v, row
MATCH (e:Event {id: row.event})
MERGE (e)-[:HELD_AT]->(v)
