// organizations(filter:): every filter optional. The total is a count, the page (by name) is cut in the
// database with ORDER BY + SKIP/LIMIT; keep the two WHERE clauses identical.
CALL {
  MATCH (o:Organization)
  WHERE ($kinds IS NULL OR o.kind IN $kinds)
    AND ($name IS NULL OR toLower(o.name) CONTAINS $name
         OR toLower(coalesce(o.acronym, '')) CONTAINS $name
         OR toLower(coalesce(o.aliasText, '')) CONTAINS $name)
    AND ($sessions IS NULL OR EXISTS { (o)-[:ORGANIZES]->(e:Event) WHERE e.session IN $sessions })
  RETURN count(o) AS total
}
CALL {
  MATCH (o:Organization)
  WHERE ($kinds IS NULL OR o.kind IN $kinds)
    AND ($name IS NULL OR toLower(o.name) CONTAINS $name
         OR toLower(coalesce(o.acronym, '')) CONTAINS $name
         OR toLower(coalesce(o.aliasText, '')) CONTAINS $name)
    AND ($sessions IS NULL OR EXISTS { (o)-[:ORGANIZES]->(e:Event) WHERE e.session IN $sessions })
  WITH o
  ORDER BY o.name, o.key
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(o {.key, .name, .kind, .iso3, .acronym, .code, .aliases, .known}) AS page
}
RETURN total, page
