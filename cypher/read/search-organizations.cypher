// search(text:): full-text index over organization names, acronyms and aliases; $query is Lucene-escaped.
CALL db.index.fulltext.queryNodes('organizationNames', $query) YIELD node, score
RETURN node {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} AS organization, score
ORDER BY score DESC, node.name
LIMIT toInteger($limit)
