// topic(name:) and filters: a topic by key or name, case-insensitively.
MATCH (t:Topic)
WHERE toLower(t.key) = $name OR toLower(t.name) = $name
RETURN t {.*} AS topic
LIMIT 1
