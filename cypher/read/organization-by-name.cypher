// organization(name:) fallback when the resolver's key is not in the graph: name, acronym or alias,
// case-insensitively; curated entries win over uncurated ones.
MATCH (o:Organization)
WHERE toLower(o.name) = $name
   OR toLower(coalesce(o.acronym, '')) = $name
   OR any(alias IN coalesce(o.aliases, []) WHERE toLower(alias) = $name)
RETURN o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known} AS organization
ORDER BY o.known DESC, o.name
LIMIT 1
