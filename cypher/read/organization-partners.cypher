// Loader batch: every (organization, co-organizer, shared event) triple; the API groups and filters them.
MATCH (o:Organization)-[:ORGANIZES]->(e:Event)<-[:ORGANIZES]-(p:Organization)
WHERE o.key IN $keys AND p <> o
WITH DISTINCT o, p, e
ORDER BY e.date, e.start, e.id
RETURN o.key AS key, p {.*} AS partner, e {.*} AS event
