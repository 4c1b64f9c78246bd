// Loader batch: the organization each one is part of.
MATCH (o:Organization)-[:PART_OF]->(p:Organization)
WHERE o.key IN $keys
RETURN o.key AS key, p {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} AS organization
