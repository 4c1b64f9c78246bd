// events(filter:): every filter is optional (null = no constraint). The total is a count, the page is cut in
// the database (ORDER BY + SKIP/LIMIT, a top-k sort); keep the two WHERE clauses identical.
CALL {
  MATCH (e:Event)
  WHERE ($sessions IS NULL OR e.session IN $sessions)
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
    AND ($text IS NULL OR toLower(e.title) CONTAINS $text OR toLower(coalesce(e.description, '')) CONTAINS $text)
    AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: $topic}) })
    AND ($organization IS NULL OR EXISTS {
          MATCH (e)<-[r:ORGANIZES]-(:Organization {key: $organization})
          WHERE $role IS NULL OR r.role = $role })
  RETURN count(e) AS total
}
CALL {
  MATCH (e:Event)
  WHERE ($sessions IS NULL OR e.session IN $sessions)
    AND ($kinds IS NULL OR e.kind IN $kinds)
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
    AND ($text IS NULL OR toLower(e.title) CONTAINS $text OR toLower(coalesce(e.description, '')) CONTAINS $text)
    AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: $topic}) })
    AND ($organization IS NULL OR EXISTS {
          MATCH (e)<-[r:ORGANIZES]-(:Organization {key: $organization})
          WHERE $role IS NULL OR r.role = $role })
  WITH e
  ORDER BY e.date, e.start, e.id
  SKIP toInteger($offset) LIMIT toInteger($limit)
  RETURN collect(e {.*}) AS page
}
RETURN total, page
