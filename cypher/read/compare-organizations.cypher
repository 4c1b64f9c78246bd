// Loader batch of compareSessions(from, to, kinds).organizations: the organizations (of `kinds`, all when null)
// that organized at least one event in `to` but none in `from` (gained), the reverse (lost), or in both (kept).
// Each list by name. One row per comparison key.
UNWIND $requests AS req
CALL (req) {
  OPTIONAL MATCH (o:Organization)-[:ORGANIZES]->(e:Event)
  WHERE e.session IN [req.from, req.to] AND (req.kinds IS NULL OR o.kind IN req.kinds)
  WITH o, collect(DISTINCT e.session) AS seen
  ORDER BY o.name, o.key
  RETURN collect(CASE WHEN req.to IN seen AND NOT req.from IN seen THEN o {.*} END) AS gained,
         collect(CASE WHEN req.from IN seen AND NOT req.to IN seen THEN o {.*} END) AS lost,
         collect(CASE WHEN req.from IN seen AND req.to IN seen THEN o {.*} END) AS kept
}
RETURN req.i AS i, gained, lost, kept
