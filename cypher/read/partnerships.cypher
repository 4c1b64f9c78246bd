// The one definition of a partnership, behind Organization.partners and partnershipNetwork (one request each
// in $requests). Two organizations are partners when both organize one event, counting only events of
// req.sessions and about topic req.topic when those are given. With req.includeUnits, an organization's units
// (PART_OF, transitively) count as itself: their events are its events, and they are not its partners.
//   req.key set  → the partners of that organization (partners of req.kinds), one row per partner;
//   req.key null → the network: every pair once (o.key < p.key), both ends of req.kinds, organizations as they
//                  are (req.includeUnits is always false: the network has no such argument); each link's
//                  sessions only with req.linkSessions.
// Rows: one per link (most shared events first, then by names; a partner's events in programme order), and
// for the network first one per node.
UNWIND $requests AS req
// Rows (o, p, e): o and p both organize e. Events are put in programme order before they fan out to
// organizers; rows keep that order through the expansion and collect (sorting after the fan-out sorted three
// times the rows). Each request takes one of the two branches; the other yields nothing.
CALL (req) {
  // A partner request starts from its organization's events (and its units', with includeUnits).
  MATCH (o:Organization {key: req.key})
  WITH o,
       CASE WHEN req.includeUnits THEN [o] + COLLECT { MATCH (u:Organization)-[:PART_OF*1..]->(o) RETURN u } ELSE [o] END
         AS members
  UNWIND members AS m
  MATCH (m)-[:ORGANIZES]->(e:Event)
  WHERE (req.sessions IS NULL OR e.session IN req.sessions)
    AND (req.topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: req.topic}) })
  WITH DISTINCT o, members, e
  ORDER BY e.date, e.start, e.id
  MATCH (e)<-[:ORGANIZES]-(p:Organization)
  WHERE NOT p IN members AND (req.kinds IS NULL OR p.kind IN req.kinds)
  RETURN o, p, e
  UNION ALL
  // The network starts from the events of the filter (an index seek for sessions), not from every
  // organization's events. The UNWIND runs the branch only for the network request.
  UNWIND CASE WHEN req.key IS NULL THEN [true] ELSE [] END AS network
  CALL (req) {
    UNWIND coalesce(req.sessions, []) AS number
    MATCH (e:Event {session: number})
    RETURN e
    UNION ALL
    UNWIND CASE WHEN req.sessions IS NULL THEN [true] ELSE [] END AS everySession
    MATCH (e:Event)
    RETURN e
  }
  WITH req, e
  WHERE req.topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: req.topic}) }
  ORDER BY e.date, e.start, e.id
  MATCH (o:Organization)-[:ORGANIZES]->(e)<-[:ORGANIZES]-(p:Organization)
  WHERE o.key < p.key AND (req.kinds IS NULL OR (o.kind IN req.kinds AND p.kind IN req.kinds))
  RETURN o, p, e
}
WITH req, o, p, collect(DISTINCT e) AS events
WHERE size(events) >= req.minSharedEvents
// Partners in dictionary order of their names (case and the common accents ignored, then as written); network
// edges by the names as written.
WITH req, o, p, events, size(events) AS weight
ORDER BY weight DESC, o.name, CASE WHEN req.key IS NULL THEN p.name ELSE p.sortName END, p.name, p.key
// A network edge's sessions only when the question reads them (req.linkSessions): a fifth of the network's time.
WITH req, o, p, events, weight,
     CASE WHEN req.key IS NULL AND NOT req.linkSessions THEN [] ELSE
       COLLECT { UNWIND events AS e RETURN DISTINCT e.session AS n ORDER BY n }
     END AS sessions
// The network needs only weights and session numbers; partners also list the events and their sessions.
// The source of a partner request is its anchor, returned once (`anchor`) instead of on every link; network
// links name their ends by key, and each organization's record comes once, with the nodes (tens of thousands
// of links at scale: repeating two records on each was most of the bytes).
WITH req, o, p, {
       // req.organizationProps: only the partner properties the question reads, as a value list in that order
       // (one property: the value itself, which spares a list per value; a flagship at scale has 21,776 events).
       // The API sends each /*…*/ … /*end*/ expression written out for its batch (`[p.iso3, p.key, p.name]`,
       // src/graph/read/network.ts): properties named in the text cost Neo4j less than names in parameters.
       partner: CASE
         WHEN req.key IS NULL THEN null
         ELSE /*partner values*/ CASE
           WHEN req.organizationProps IS NULL THEN p {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known}
           WHEN size(req.organizationProps) = 1 THEN p[req.organizationProps[0]]
           ELSE [k IN req.organizationProps | p[k]]
         END /*end*/
       END,
       weight: weight, sessions: sessions,
       // req.eventProps: only the event properties the question reads, as value lists in that order (or values).
       events: CASE
         WHEN req.key IS NULL THEN []
         ELSE [e IN events | /*event values*/ CASE
           WHEN req.eventProps IS NULL THEN e {.*}
           WHEN size(req.eventProps) = 1 THEN e[req.eventProps[0]]
           ELSE [k IN req.eventProps | e[k]]
         END /*end*/]
       END
     } AS link
// The anchor is projected once, not on each link before collect kept the first.
WITH req, collect(CASE WHEN req.key IS NULL THEN link {.*, sourceNode: o, partnerNode: p} ELSE link END) AS links,
     head(collect(o)) AS source
WITH req, links,
     CASE WHEN req.key IS NOT NULL THEN source {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} END AS anchor
// The sessions of a partner request's links, each record once (the links name them by number). Dates as ISO
// text, as the API serves them (decoding Date values costs the driver Integer arithmetic).
WITH req, links, anchor,
     CASE WHEN req.key IS NULL THEN [] ELSE
       COLLECT {
         UNWIND links AS l
         UNWIND l.sessions AS number
         WITH DISTINCT number
         MATCH (s:Session {number: number})
         RETURN s {.*, startDate: toString(s.startDate), endDate: toString(s.endDate)} ORDER BY s.number
       } END AS sessionRecords
WITH req.i AS i, req.key IS NULL AS network, links, anchor, sessionRecords
// Network nodes: each organization with its number of partners and shared events summed over its links.
CALL (links, network) {
  WITH links WHERE network
  UNWIND links AS l
  UNWIND [l.sourceNode, l.partnerNode] AS n
  WITH n, count(*) AS degree, sum(l.weight) AS weight
  ORDER BY weight DESC, degree DESC, n.sortName, n.name
  RETURN collect({
    organization: n {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known}, degree: degree, weight: weight
  }) AS nodes
}
// One row per link and per node, not one row per request: a row of tens of thousands of events is one Bolt
// message over many chunks, which the driver decodes byte by byte (flagship at scale: 344 → 248 ms). The
// anchor and the session records ride on the first row.
WITH i, anchor, sessionRecords,
     [n IN nodes | {node: n}] +
     CASE WHEN network
       THEN [l IN links | {link: {source: l.sourceNode.key, target: l.partnerNode.key, weight: l.weight, sessions: l.sessions}}]
       ELSE [l IN links | {link: l}]
     END AS parts
UNWIND range(0, size(parts) - 1) AS n
RETURN i, CASE WHEN n = 0 THEN anchor END AS anchor, CASE WHEN n = 0 THEN sessionRecords END AS sessions,
       parts[n].link AS link, parts[n].node AS node
