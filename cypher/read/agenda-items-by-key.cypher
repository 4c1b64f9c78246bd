// Loader batch: agenda items by key ("<session>:<number>").
MATCH (a:AgendaItem)
WHERE a.key IN $keys
RETURN a {.*} AS item
