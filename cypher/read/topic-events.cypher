// Loader batch, one request per Topic.events field: events about each topic in programme order; the page
// [req.offset, req.end) and the total.
UNWIND $requests AS req
MATCH (t:Topic {key: req.key})
CALL (t) {
  MATCH (e:Event)-[:ABOUT]->(t)
  WITH e
  ORDER BY e.date, e.start, e.id
  RETURN collect(e) AS events
}
RETURN req.i AS i, size(events) AS total, [e IN events[req.offset..coalesce(req.end, size(events))] | e {.*}] AS page
