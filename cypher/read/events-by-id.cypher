// Loader batch: events by id.
MATCH (e:Event)
WHERE e.id IN $keys
RETURN e {.*} AS event
