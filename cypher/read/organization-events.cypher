// Loader batch, one request per Organization.events field: the events each organization organized (in role
// req.role and sessions req.sessions when given) in programme order; the page [req.offset, req.end) and the total.
UNWIND $requests AS req
MATCH (o:Organization {key: req.key})
CALL (o, req) {
  MATCH (o)-[r:ORGANIZES]->(e:Event)
  WHERE (req.role IS NULL OR r.role = req.role) AND (req.sessions IS NULL OR e.session IN req.sessions)
  WITH DISTINCT e
  ORDER BY e.date, e.start, e.id
  RETURN collect(e) AS events
}
RETURN req.i AS i, size(events) AS total, [e IN events[req.offset..coalesce(req.end, size(events))] | e {.*}] AS page
