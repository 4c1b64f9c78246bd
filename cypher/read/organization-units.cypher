// Loader batch: direct units of each organization (PART_OF), by name.
MATCH (u:Organization)-[:PART_OF]->(o:Organization)
WHERE o.key IN $keys
RETURN o.key AS key, u {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} AS organization
ORDER BY u.name, u.key
