// Loader batch: each organization's events per session as lead and as partner (an event led and partnered
// counts once in total), ascending by session.
UNWIND $requests AS req
MATCH (o:Organization {key: req.key})-[r:ORGANIZES]->(e:Event)
WITH req, e.session AS session,
     count(DISTINCT CASE WHEN r.role = 'LEAD' THEN e END) AS asLead,
     count(DISTINCT CASE WHEN r.role = 'LEAD' THEN null ELSE e END) AS asPartner,
     count(DISTINCT e) AS total
RETURN req.i AS i, session, asLead, asPartner, total
ORDER BY i, session
