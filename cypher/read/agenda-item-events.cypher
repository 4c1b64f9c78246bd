// Loader batch: events that took up each agenda item.
MATCH (e:Event)-[:DISCUSSES]->(a:AgendaItem)
WHERE a.key IN $keys
RETURN a.key AS key, e {.*} AS event
ORDER BY e.date, e.start, e.id
