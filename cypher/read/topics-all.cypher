// Every topic of the curated taxonomy, by name.
MATCH (t:Topic)
RETURN t {.*} AS topic
ORDER BY t.name
