// Loader batch: party counts of each instrument, oldest first.
MATCH (i:Instrument)-[:HAS_STATUS]->(p:PartyStatus)
WHERE i.key IN $keys
RETURN i.key AS key, p {.*} AS status
ORDER BY p.asOf
