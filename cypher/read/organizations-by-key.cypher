// Loader batch: organizations by key.
MATCH (o:Organization)
WHERE o.key IN $keys
RETURN o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} AS organization
