// Loader batch of compareSessions(from, to, kinds).organizations: the organizations (of `kinds`, all when null)
// that organized at least one event in `to` but none in `from` (gained), the reverse (lost), or in both (kept).
// Each list by name. One row per comparison key.
UNWIND $keys AS k
CALL (k) {
  OPTIONAL MATCH (o:Organization)-[:ORGANIZES]->(e:Event)
  WHERE e.session IN [k.from, k.to] AND (k.kinds IS NULL OR o.kind IN k.kinds)
  WITH o, collect(DISTINCT e.session) AS seen
  ORDER BY o.name, o.key
  RETURN collect(CASE WHEN k.to IN seen AND NOT k.from IN seen THEN o {.*} END) AS gained,
         collect(CASE WHEN k.from IN seen AND NOT k.to IN seen THEN o {.*} END) AS lost,
         collect(CASE WHEN k.from IN seen AND k.to IN seen THEN o {.*} END) AS kept
}
RETURN k.id AS key, gained, lost, kept
