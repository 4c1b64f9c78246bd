// Loader batch: who organized each event (leads first), with the name as written and its line.
MATCH (o:Organization)-[r:ORGANIZES]->(e:Event)
WHERE e.id IN $keys
RETURN e.id AS key, o {.*} AS organization, r.role AS role, r.surface AS surface,
       r.sourceFile AS sourceFile, r.sourceLine AS sourceLine, r.sourcePage AS sourcePage
ORDER BY key, CASE r.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.name
