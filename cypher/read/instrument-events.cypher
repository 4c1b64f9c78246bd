// Loader batch, one request per Instrument.events field: events about one of its topics, or meetings of a
// working group advising on it, in programme order; the page [req.offset, req.end) and the total.
UNWIND $requests AS req
MATCH (i:Instrument {key: req.key})
CALL (i) {
  CALL (i) {
    MATCH (e:Event)-[:ABOUT]->(:Topic)-[:CONCERNS]->(i)
    RETURN e
    UNION
    MATCH (e:Event)-[:MEETING_OF]->(:WorkingGroup)-[:CONCERNS]->(i)
    RETURN e
  }
  WITH e
  ORDER BY e.date, e.start, e.id
  RETURN collect(e) AS events
}
RETURN req.i AS i, size(events) AS total, [e IN events[req.offset..coalesce(req.end, size(events))] | e {.*}] AS page
