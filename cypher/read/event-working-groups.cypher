// Loader batch: working groups meeting in each event.
MATCH (e:Event)-[:MEETING_OF]->(w:WorkingGroup)
WHERE e.id IN $keys
RETURN e.id AS key, w {.*} AS group
ORDER BY key, w.name
