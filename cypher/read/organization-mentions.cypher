// Loader batch: each organization's ORGANIZES mentions with their events, in programme order.
MATCH (o:Organization)-[r:ORGANIZES]->(e:Event)
WHERE o.key IN $keys
RETURN o.key AS key, e {.*} AS event, r.role AS role, r.surface AS surface,
       r.sourceFile AS sourceFile, r.sourceLine AS sourceLine, r.sourcePage AS sourcePage
ORDER BY e.date, e.start, e.id
