// Loader batch of Organization.partnersChange(from, to, kind): its co-organizers (of `kind`, all when null) in
// session `to` but not `from` (gained), the reverse (lost), and in both (kept), each list by name. A co-organizer
// is an organization named on the same event (lead or partner), as in Organization.partners.
UNWIND $requests AS req
CALL (req) {
  OPTIONAL MATCH (o:Organization {key: req.organization})-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(p:Organization)
  WHERE p <> o AND e.session IN [req.from, req.to] AND (req.kind IS NULL OR p.kind = req.kind)
  WITH p, collect(DISTINCT e.session) AS seen
  ORDER BY p.name, p.key
  RETURN collect(CASE WHEN req.to IN seen AND NOT req.from IN seen THEN p {.*} END) AS gained,
         collect(CASE WHEN req.from IN seen AND NOT req.to IN seen THEN p {.*} END) AS lost,
         collect(CASE WHEN req.from IN seen AND req.to IN seen THEN p {.*} END) AS kept
}
RETURN req.i AS i, gained, lost, kept
