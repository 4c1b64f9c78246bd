// Loader batch: meetings of each working group, in programme order.
MATCH (e:Event)-[:MEETING_OF]->(w:WorkingGroup)
WHERE w.key IN $keys
RETURN w.key AS key, e {.*} AS event
ORDER BY e.date, e.start, e.id
