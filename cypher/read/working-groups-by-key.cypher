// Loader batch: working groups by key.
MATCH (w:WorkingGroup)
WHERE w.key IN $keys
RETURN w {.*} AS group
