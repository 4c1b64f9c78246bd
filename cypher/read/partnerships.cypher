// The one definition of a partnership, behind Organization.partners and partnershipNetwork (one request each
// in $requests). Two organizations are partners when both organize one event, counting only events of
// req.sessions and about topic req.topic when those are given. With req.includeUnits, an organization's units
// (PART_OF, transitively) count as itself: their events are its events, and they are not its partners.
//   req.key set  → the partners of that organization (partners of req.kinds), one row per partner;
//   req.key null → the network: every pair once (o.key < p.key), both ends of req.kinds.
// Rows: most shared events first, then by names; a partner's events in programme order.
UNWIND $requests AS req
CALL (req) {
  MATCH (o:Organization {key: req.key})
  RETURN o
  UNION
  MATCH (o:Organization)
  WHERE req.key IS NULL AND (req.kinds IS NULL OR o.kind IN req.kinds)
  RETURN o
}
WITH req, o,
     CASE WHEN req.includeUnits THEN [o] + COLLECT { MATCH (u:Organization)-[:PART_OF*1..]->(o) RETURN u } ELSE [o] END
       AS members
CALL (req, o, members) {
  UNWIND members AS m
  MATCH (m)-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(p:Organization)
  WHERE NOT p IN members
    AND (req.key IS NOT NULL OR o.key < p.key)
    AND (req.kinds IS NULL OR p.kind IN req.kinds)
    AND (req.sessions IS NULL OR e.session IN req.sessions)
    AND (req.topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: req.topic}) })
  WITH DISTINCT p, e
  ORDER BY e.date, e.start, e.id
  WITH p, collect(e) AS events
  WHERE size(events) >= req.minSharedEvents
  RETURN p, events
}
// Partners in dictionary order of their names (case and the common accents ignored, then as written); network
// edges by the names as written.
WITH req, o, p, events, size(events) AS weight,
     reduce(k = normalize(toLower(p.name), NFD), mark IN ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030A', '\u030C', '\u0327'] | replace(k, mark, '')) AS sortName
ORDER BY weight DESC, o.name, CASE WHEN req.key IS NULL THEN p.name ELSE sortName END, p.name, p.key
WITH req, o, p, events, weight, COLLECT { UNWIND events AS e RETURN DISTINCT e.session AS n ORDER BY n } AS sessions
// The network needs only weights and session numbers; partners also list the events and their sessions.
// The source of a partner request is its anchor, returned once (`anchor`) instead of on every link.
WITH req, o, {
       source: CASE WHEN req.key IS NULL THEN o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} END,
       partner: p {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known}, weight: weight, sessions: sessions,
       // req.eventProps: only the event properties the question reads, as value lists in that order.
       events: CASE
         WHEN req.key IS NULL THEN []
         WHEN req.eventProps IS NULL THEN [e IN events | e {.*}]
         ELSE [e IN events | [k IN req.eventProps | e[k]]]
       END,
       // Dates as ISO text, as the API serves them (decoding Date values costs the driver Integer arithmetic).
       sessionRecords: CASE WHEN req.key IS NULL THEN [] ELSE
         COLLECT {
           MATCH (s:Session) WHERE s.number IN sessions
           RETURN s {.*, startDate: toString(s.startDate), endDate: toString(s.endDate)} ORDER BY s.number
         } END
     } AS link
WITH req, collect(link) AS links,
     head(collect(CASE WHEN req.key IS NOT NULL THEN o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} END))
       AS anchor
WITH req.i AS i, req.key IS NULL AS network, links, anchor
// Network nodes: each organization with its number of partners and shared events summed over its links.
CALL (links, network) {
  WITH links WHERE network
  UNWIND links AS l
  UNWIND [l.source, l.partner] AS n
  WITH n, count(*) AS degree, sum(l.weight) AS weight
  WITH n, degree, weight, reduce(k = normalize(toLower(n.name), NFD), mark IN ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030A', '\u030C', '\u0327'] | replace(k, mark, '')) AS sortName
  ORDER BY weight DESC, degree DESC, sortName, n.name
  RETURN collect({organization: n, degree: degree, weight: weight}) AS nodes
}
RETURN i, anchor, links, nodes
