// Loader batch: events about each topic, in programme order.
MATCH (e:Event)-[:ABOUT]->(t:Topic)
WHERE t.key IN $keys
RETURN t.key AS key, e {.*} AS event
ORDER BY e.date, e.start, e.id
