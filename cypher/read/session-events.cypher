// Loader batch, one request per Session.events field: each session's events (of kind req.kind when given) in
// programme order (date, start time, id for ties); the page [req.offset, req.end) and the total.
UNWIND $requests AS req
MATCH (s:Session {number: req.key})
CALL (s, req) {
  MATCH (e:Event)-[:IN_SESSION]->(s)
  WHERE req.kind IS NULL OR e.kind = req.kind
  WITH e
  ORDER BY e.date, e.start, e.id
  RETURN collect(e) AS events
}
RETURN req.i AS i, size(events) AS total, [e IN events[req.offset..coalesce(req.end, size(events))] | e {.*}] AS page
