UNWIND $rows AS row
MERGE (w:WorkingGroup {key: row.key})
SET w.name = row.name, w.advisesOn = row.advisesOn, w.establishedBy = row.establishedBy,
    w.establishedBySource = row.establishedBySource, w.sourceFile = row.sourceFile, w.sourceLine = row.sourceLine, w.sourcePage = row.sourcePage
WITH w, row
OPTIONAL MATCH (i:Instrument {key: row.instrument})
FOREACH (instrument IN CASE WHEN i IS NULL THEN [] ELSE [i] END | MERGE (w)-[:CONCERNS]->(instrument))
