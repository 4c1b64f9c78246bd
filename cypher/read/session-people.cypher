// Loader batch: who presided over or spoke at each session, with the line that says so.
MATCH (p:Person)-[r:PRESIDED|SPOKE_AT]->(s:Session)
WHERE s.number IN $keys
RETURN s.number AS key, p {.*} AS person, type(r) AS relation, r.role AS role,
       r.sourceFile AS sourceFile, r.sourceLine AS sourceLine, r.sourcePage AS sourcePage
ORDER BY key, relation DESC, p.name
