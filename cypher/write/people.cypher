UNWIND $rows AS row
MERGE (p:Person {key: row.key})
SET p.name = coalesce(p.name, row.name)
WITH p, row
OPTIONAL MATCH (s:Session {number: row.session})
OPTIONAL MATCH (o:Organization {key: row.organization})
FOREACH (x IN CASE WHEN row.relation = 'PRESIDENT' AND s IS NOT NULL THEN [s] ELSE [] END |
  MERGE (p)-[r:PRESIDED]->(x) SET r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage)
FOREACH (x IN CASE WHEN row.relation = 'SPEAKER' AND s IS NOT NULL THEN [s] ELSE [] END |
  MERGE (p)-[r:SPOKE_AT]->(x) SET r.role = row.role, r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage)
FOREACH (x IN CASE WHEN o IS NULL THEN [] ELSE [o] END |
  MERGE (p)-[r:REPRESENTS]->(x) SET r.sourceFile = row.sourceFile, r.sourceLine = row.sourceLine, r.sourcePage = row.sourcePage)
