// Loader batch: instruments each working group advises on.
MATCH (w:WorkingGroup)-[:CONCERNS]->(i:Instrument)
WHERE w.key IN $keys
RETURN w.key AS key, i {.*} AS instrument
ORDER BY i.key
