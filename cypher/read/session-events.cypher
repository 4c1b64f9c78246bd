// Loader batch: each session's events in programme order (date, start time, id for ties).
MATCH (e:Event)-[:IN_SESSION]->(s:Session)
WHERE s.number IN $keys
RETURN s.number AS key, e {.*} AS event
ORDER BY e.date, e.start, e.id
