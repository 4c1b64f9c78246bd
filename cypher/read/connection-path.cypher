// connectionPath: the shortest chain of organizations linked by shared events. ORGANIZES always points
// from an organization to an event, so an undirected path alternates organization, event, organization.
// Variable-length bounds cannot be parameters: 12 relationships = the 6-hop ceiling; $maxHops trims below it.
MATCH (a:Organization {key: $from}), (b:Organization {key: $to})
MATCH p = shortestPath((a)-[:ORGANIZES*..12]-(b))
// Filtered after the search: a predicate on the path inside the MATCH makes Neo4j fall back to an
// exhaustive search. The shortest path being longer than allowed means no path is short enough.
WITH p WHERE length(p) <= 2 * $maxHops
WITH [n IN nodes(p) WHERE n:Organization] AS orgs
RETURN [o IN orgs | o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known}] AS organizations,
       [i IN range(0, size(orgs) - 2) |
         COLLECT {
           MATCH (x:Organization {key: orgs[i].key})-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(y:Organization {key: orgs[i + 1].key})
           WITH DISTINCT e ORDER BY e.date, e.start, e.id
           RETURN e {.*}
         }] AS links
