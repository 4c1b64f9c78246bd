// Loader batch of Organization.partnersChange(from, to, kind): its co-organizers (of `kind`, all when null) in
// session `to` but not `from` (gained), the reverse (lost), and in both (kept), each list by name. A co-organizer
// is an organization named on the same event (lead or partner), as in Organization.partners.
UNWIND $keys AS k
CALL (k) {
  OPTIONAL MATCH (o:Organization {key: k.organization})-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(p:Organization)
  WHERE p <> o AND e.session IN [k.from, k.to] AND (k.kind IS NULL OR p.kind = k.kind)
  WITH p, collect(DISTINCT e.session) AS seen
  ORDER BY p.name, p.key
  RETURN collect(CASE WHEN k.to IN seen AND NOT k.from IN seen THEN p {.*} END) AS gained,
         collect(CASE WHEN k.from IN seen AND NOT k.to IN seen THEN p {.*} END) AS lost,
         collect(CASE WHEN k.from IN seen AND k.to IN seen THEN p {.*} END) AS kept
}
RETURN k.id AS key, gained, lost, kept
