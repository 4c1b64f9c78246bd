// Loader batch, one request per Session.topOrganizations field: the req.first organizations (of kind req.kind
// when given) with the most events in each session, ties by name.
UNWIND $requests AS req
MATCH (s:Session {number: req.key})
CALL (s, req) {
  MATCH (s)<-[:IN_SESSION]-(e:Event)<-[r:ORGANIZES]-(o:Organization)
  WHERE req.kind IS NULL OR o.kind = req.kind
  WITH o,
       count(DISTINCT e) AS eventCount,
       count(DISTINCT CASE WHEN r.role = 'LEAD' THEN e END) AS leadCount,
       count(DISTINCT CASE WHEN r.role = 'PARTNER' THEN e END) AS partnerCount
  ORDER BY eventCount DESC, o.name, o.key
  RETURN collect({
           organization: o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known},
           eventCount: eventCount, leadCount: leadCount, partnerCount: partnerCount
         }) AS ranked
}
RETURN req.i AS i, ranked[..req.first] AS ranked
