// Loader batch: topics concerning each instrument.
MATCH (t:Topic)-[:CONCERNS]->(i:Instrument)
WHERE i.key IN $keys
RETURN i.key AS key, t {.*} AS topic
ORDER BY t.name
