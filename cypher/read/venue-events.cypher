// Loader batch: events held at each venue.
MATCH (e:Event)-[:HELD_AT]->(v:Venue)
WHERE v.name IN $keys
RETURN v.name AS key, e {.*} AS event
ORDER BY e.date, e.start, e.id
