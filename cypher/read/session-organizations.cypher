// Loader batch: organizations active in each session, most events first (ties by name).
MATCH (s:Session)<-[:IN_SESSION]-(e:Event)<-[r:ORGANIZES]-(o:Organization)
WHERE s.number IN $keys
WITH s.number AS key, o,
     count(DISTINCT e) AS eventCount,
     count(DISTINCT CASE WHEN r.role = 'LEAD' THEN e END) AS leadCount,
     count(DISTINCT CASE WHEN r.role = 'PARTNER' THEN e END) AS partnerCount
RETURN key, o {.*} AS organization, eventCount, leadCount, partnerCount
ORDER BY key, eventCount DESC, o.name, o.key
