// Loader batch: topics of each event.
MATCH (e:Event)-[:ABOUT]->(t:Topic)
WHERE e.id IN $keys
RETURN e.id AS key, t {.*} AS topic
ORDER BY key, t.name
