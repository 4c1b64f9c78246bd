// Loader batch, one request per Organization.mentions field: each ORGANIZES mention (in role req.role and
// sessions req.sessions when given) with its event, in programme order.
UNWIND $requests AS req
MATCH (o:Organization {key: req.key})-[r:ORGANIZES]->(e:Event)
WHERE (req.role IS NULL OR r.role = req.role) AND (req.sessions IS NULL OR e.session IN req.sessions)
RETURN req.i AS i, e {.*} AS event, r.role AS role, r.surface AS surface,
       r.sourceFile AS sourceFile, r.sourceLine AS sourceLine
ORDER BY i, e.date, e.start, e.id, r.sourceLine
