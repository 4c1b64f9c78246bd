// Loader batch for topic(name:) and every `topic` argument: a topic by key or name, case-insensitively
// ($names are trimmed and lower-cased); a name without a topic returns no row.
UNWIND $names AS name
MATCH (t:Topic)
WHERE toLower(t.key) = name OR toLower(t.name) = name
WITH name, t
ORDER BY t.key
WITH name, head(collect(t)) AS topic
RETURN name, topic {.*} AS topic
