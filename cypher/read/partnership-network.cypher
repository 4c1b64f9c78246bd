// partnershipNetwork: one weighted edge per pair of organizations sharing events (a.key < b.key, so once).
MATCH (a:Organization)-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(b:Organization)
WHERE a.key < b.key
  AND ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($sessions IS NULL OR e.session IN $sessions)
WITH a, b, count(DISTINCT e) AS weight, collect(DISTINCT e.session) AS sessions
WHERE weight >= $minSharedEvents
RETURN a {.*} AS source, b {.*} AS target, weight, sessions
ORDER BY weight DESC, source.name, target.name
