// Loader batch: topics by key.
MATCH (t:Topic)
WHERE t.key IN $keys
RETURN t {.*} AS topic
