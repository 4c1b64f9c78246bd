// Loader batch: instruments each topic concerns.
MATCH (t:Topic)-[:CONCERNS]->(i:Instrument)
WHERE t.key IN $keys
RETURN t.key AS key, i {.*} AS instrument
ORDER BY i.adoptedOn, i.key
