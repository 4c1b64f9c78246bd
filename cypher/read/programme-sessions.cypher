// Numbers of the sessions whose programme was ingested (a programme Document with events in the session),
// ascending: the sessions for which per-session counts mean something.
MATCH (d:Document {kind: 'programme'})
MATCH (s:Session)<-[:IN_SESSION]-(e:Event)
WHERE e.sourceFile = d.file
RETURN DISTINCT s.number AS number
ORDER BY number
