// Every working group of the Conference, by name.
MATCH (w:WorkingGroup)
RETURN w {.*} AS group
ORDER BY w.name
