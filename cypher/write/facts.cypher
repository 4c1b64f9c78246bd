UNWIND $rows AS row
MERGE (f:Fact {key: row.key})
SET f.subject = row.subject, f.predicate = row.predicate, f.value = row.value, f.session = row.session,
    f.sourceFile = row.sourceFile, f.sourceLine = row.sourceLine, f.sourcePage = row.sourcePage
WITH f, row
OPTIONAL MATCH (s:Session {number: row.session})
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | MERGE (f)-[:ABOUT_SESSION]->(x))
