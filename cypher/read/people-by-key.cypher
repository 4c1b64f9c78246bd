// Loader batch: people by key.
MATCH (p:Person)
WHERE p.key IN $keys
RETURN p {.*} AS person
