// Loader batch: each session's agenda items by item number, numerically ("2" < "2 (a)" < "2 (b)" < "10").
MATCH (a:AgendaItem)-[:IN_SESSION]->(s:Session)
WHERE s.number IN $keys
RETURN s.number AS key, a {.*} AS item
ORDER BY key, toInteger(head(split(a.number, ' '))), a.number, a.sourceLine
