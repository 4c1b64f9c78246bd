// Benchmark baseline only (bench/flagship.ts): the flagship question as one hand-written query, to compare
// with the same answer through GraphQL. An organization's State co-organizers, with sessions and events.
MATCH (g:Organization {key: $key})-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(p:Organization {kind: 'STATE'})
WITH p, collect(DISTINCT e) AS events
ORDER BY size(events) DESC, p.name, p.key
RETURN p.name AS name, p.iso3 AS iso3,
       COLLECT {
         MATCH (s:Session) WHERE s.number IN [e IN events | e.session]
         RETURN s {.number, .year} ORDER BY s.number
       } AS sessions,
       [e IN events | e.title] AS events
