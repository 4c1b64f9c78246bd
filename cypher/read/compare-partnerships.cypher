// Loader batch of compareSessions(from, to, kinds).partnerships: pairs of organizations (both of `kinds`, all
// when null) that organized an event together in `to` but not in `from` (gained), or the reverse (lost). Each
// edge's weight and sessions are those of the session where the pair exists; heaviest first, then by names.
UNWIND $requests AS req
CALL (req) {
  OPTIONAL MATCH (a:Organization)-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(b:Organization)
  WHERE a.key < b.key AND e.session IN [req.from, req.to]
    AND (req.kinds IS NULL OR (a.kind IN req.kinds AND b.kind IN req.kinds))
  WITH a, b,
       count(DISTINCT CASE WHEN e.session = req.from THEN e END) AS inFrom,
       count(DISTINCT CASE WHEN e.session = req.to THEN e END) AS inTo
  WITH a, b, inFrom, inTo
  ORDER BY CASE WHEN inTo > 0 THEN inTo ELSE inFrom END DESC, a.name, b.name
  RETURN collect(CASE WHEN inTo > 0 AND inFrom = 0
                      THEN {source: a {.*}, target: b {.*}, weight: inTo, sessions: [req.to]} END) AS gained,
         collect(CASE WHEN inFrom > 0 AND inTo = 0
                      THEN {source: a {.*}, target: b {.*}, weight: inFrom, sessions: [req.from]} END) AS lost
}
RETURN req.i AS i, gained, lost
