// Loader batch of compareSessions(from, to).topics: for every topic of a side or special event in either
// session, how many such events are about it in each session and which share of that session's side and special
// events that is. Largest rise in share first (then largest fall last), ties by topic name.
UNWIND $requests AS req
CALL (req) {
  MATCH (e:Event)
  WHERE e.session IN [req.from, req.to] AND e.kind IN ['SIDE_EVENT', 'SPECIAL_EVENT']
  RETURN count(CASE WHEN e.session = req.from THEN e END) AS fromTotal,
         count(CASE WHEN e.session = req.to THEN e END) AS toTotal
}
CALL (req, fromTotal, toTotal) {
  MATCH (e:Event)-[:ABOUT]->(t:Topic)
  WHERE e.session IN [req.from, req.to] AND e.kind IN ['SIDE_EVENT', 'SPECIAL_EVENT']
  WITH t,
       count(DISTINCT CASE WHEN e.session = req.from THEN e END) AS fromCount,
       count(DISTINCT CASE WHEN e.session = req.to THEN e END) AS toCount
  WITH t, fromCount, toCount,
       CASE WHEN fromTotal = 0 THEN 0.0 ELSE toFloat(fromCount) / fromTotal END AS fromShare,
       CASE WHEN toTotal = 0 THEN 0.0 ELSE toFloat(toCount) / toTotal END AS toShare
  ORDER BY toShare - fromShare DESC, t.name
  RETURN collect({topic: t {.*}, fromCount: fromCount, toCount: toCount, fromShare: fromShare, toShare: toShare})
         AS topics
}
RETURN req.i AS i, topics
