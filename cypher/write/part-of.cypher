UNWIND $rows AS row
MATCH (child:Organization {key: row.child})
MATCH (parent:Organization {key: row.parent})
MERGE (child)-[:PART_OF]->(parent)
