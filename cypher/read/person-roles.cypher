// Loader batch: what each person did (presided, spoke, represented), each with its line.
MATCH (p:Person)-[r:PRESIDED|SPOKE_AT|REPRESENTS]->(x)
WHERE p.key IN $keys
RETURN p.key AS key, type(r) AS relation, r.role AS role,
       CASE WHEN x:Session THEN x.number END AS session,
       CASE WHEN x:Organization THEN x.key END AS organization,
       r.sourceFile AS sourceFile, r.sourceLine AS sourceLine, r.sourcePage AS sourcePage
ORDER BY r.sourceFile, r.sourceLine, relation
