// Loader batch: events about an instrument: about one of its topics, or meetings of a group advising on it.
MATCH (i:Instrument)
WHERE i.key IN $keys
CALL (i) {
  MATCH (e:Event)-[:ABOUT]->(:Topic)-[:CONCERNS]->(i)
  RETURN e
  UNION
  MATCH (e:Event)-[:MEETING_OF]->(:WorkingGroup)-[:CONCERNS]->(i)
  RETURN e
}
RETURN i.key AS key, e {.*} AS event
ORDER BY e.date, e.start, e.id
