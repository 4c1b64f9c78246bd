// Loader batch: each session's agenda items in document order.
MATCH (a:AgendaItem)-[:IN_SESSION]->(s:Session)
WHERE s.number IN $keys
RETURN s.number AS key, a {.*} AS item
ORDER BY a.sourceFile, a.sourceLine, a.key
