// Loader batch: events about each topic per session, for the sessions that have a programme only. A session
// has a programme when a programme Document was ingested for it: the programme is authoritative for its
// session, so the Session's sourceFile is that Document's file. Other sessions are left out (a count of 0
// there would claim "no event on this topic" where we simply have no programme).
UNWIND $requests AS req
MATCH (t:Topic {key: req.key})
MATCH (s:Session)
WHERE EXISTS { MATCH (d:Document {file: s.sourceFile}) WHERE d.kind = 'programme' }
RETURN req.i AS i, s.number AS session, COUNT { (t)<-[:ABOUT]-(e:Event)-[:IN_SESSION]->(s) } AS eventCount
ORDER BY i, session
