// Loader batch, one request per Venue.events field: events held at each venue in programme order; the page
// [req.offset, req.end) and the total.
UNWIND $requests AS req
MATCH (v:Venue {name: req.key})
CALL (v) {
  MATCH (e:Event)-[:HELD_AT]->(v)
  WITH e
  ORDER BY e.date, e.start, e.id
  RETURN collect(e) AS events
}
RETURN req.i AS i, size(events) AS total, [e IN events[req.offset..coalesce(req.end, size(events))] | e {.*}] AS page
