// organizations(filter:): every filter optional; one page plus the total in one trip, ordered by name.
MATCH (o:Organization)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($name IS NULL OR toLower(o.name) CONTAINS $name
       OR toLower(coalesce(o.acronym, '')) CONTAINS $name
       OR toLower(coalesce(o.aliasText, '')) CONTAINS $name)
  AND ($sessions IS NULL OR EXISTS { (o)-[:ORGANIZES]->(e:Event) WHERE e.session IN $sessions })
WITH o ORDER BY o.name, o.key
WITH collect(o {.*}) AS organizations
RETURN size(organizations) AS total, organizations[toInteger($offset)..toInteger($offset + $limit)] AS page
