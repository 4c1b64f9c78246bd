// Loader batch: topics of each session's events with how many events each, most first.
MATCH (s:Session)<-[:IN_SESSION]-(e:Event)-[:ABOUT]->(t:Topic)
WHERE s.number IN $keys
WITH s.number AS key, t, count(DISTINCT e) AS eventCount
RETURN key, t {.*} AS topic, eventCount
ORDER BY key, eventCount DESC, t.name
