// Loader batch: the first and last session in which a programme names each organization as an organizer.
MATCH (o:Organization)-[:ORGANIZES]->(e:Event)
WHERE o.key IN $keys
RETURN o.key AS key, min(e.session) AS firstSeen, max(e.session) AS lastSeen
