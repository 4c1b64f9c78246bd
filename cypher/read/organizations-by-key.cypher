// Loader batch: organizations by key.
MATCH (o:Organization)
WHERE o.key IN $keys
RETURN o {.*} AS organization
