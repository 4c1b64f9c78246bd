// Loader batch: working groups advising on each instrument.
MATCH (w:WorkingGroup)-[:CONCERNS]->(i:Instrument)
WHERE i.key IN $keys
RETURN i.key AS key, w {.*} AS group
ORDER BY w.name
