UNWIND $rows AS row
MERGE (t:Topic {key: row.key})
SET t.name = row.name, t.description = row.description
WITH t, row
OPTIONAL MATCH (i:Instrument {key: row.instrument})
FOREACH (x IN CASE WHEN i IS NULL THEN [] ELSE [i] END | MERGE (t)-[:CONCERNS]->(x))
