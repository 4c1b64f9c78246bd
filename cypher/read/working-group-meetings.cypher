// Loader batch, one request per WorkingGroup.meetings field: its meetings in programme order; the page
// [req.offset, req.end) and the total.
UNWIND $requests AS req
MATCH (w:WorkingGroup {key: req.key})
CALL (w) {
  MATCH (e:Event)-[:MEETING_OF]->(w)
  WITH e
  ORDER BY e.date, e.start, e.id
  RETURN collect(e) AS events
}
RETURN req.i AS i, size(events) AS total, [e IN events[req.offset..coalesce(req.end, size(events))] | e {.*}] AS page
