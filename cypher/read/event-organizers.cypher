// Loader batch, one request per Event.organizers field: who organized each event (in role req.role when
// given), leads first, with the name as written and its line.
UNWIND $requests AS req
MATCH (o:Organization)-[r:ORGANIZES]->(e:Event {id: req.key})
WHERE req.role IS NULL OR r.role = req.role
RETURN req.i AS i, o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} AS organization, r.role AS role,
       r.surface AS surface, r.sourceFile AS sourceFile, r.sourceLine AS sourceLine
ORDER BY i, CASE r.role WHEN 'LEAD' THEN 0 ELSE 1 END, o.name
