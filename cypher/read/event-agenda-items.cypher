// Loader batch: agenda items taken up in each event.
MATCH (e:Event)-[:DISCUSSES]->(a:AgendaItem)
WHERE e.id IN $keys
RETURN e.id AS key, a {.*} AS item
ORDER BY key, a.sourceLine, a.key
