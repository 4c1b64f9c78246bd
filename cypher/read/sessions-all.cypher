// Every COP session, oldest first.
MATCH (s:Session)
RETURN s {.*} AS session
ORDER BY s.number
