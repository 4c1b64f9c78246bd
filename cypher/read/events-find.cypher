// events(filter:): every filter is optional (null = no constraint). One pass: the candidates come from an index
// when the filter allows it (the events of $sessions, or of $organization), every event otherwise; the total
// counts them, the page is cut in the database (ORDER BY + SKIP/LIMIT over the matches, a top-k sort).
// `$x IS NULL OR e.session IN $x` alone would read every event: Neo4j plans no index seek under an OR.
CALL () {
  UNWIND coalesce($sessions, []) AS number
  MATCH (e:Event {session: number})
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $sessions IS NULL AND $organization IS NOT NULL THEN [true] ELSE [] END AS byOrganization
  MATCH (:Organization {key: $organization})-[:ORGANIZES]->(e:Event)
  RETURN e
  UNION ALL
  UNWIND CASE WHEN $sessions IS NULL AND $organization IS NULL THEN [true] ELSE [] END AS everyEvent
  MATCH (e:Event)
  RETURN e
}
WITH DISTINCT e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($text IS NULL OR toLower(e.title) CONTAINS $text OR toLower(coalesce(e.description, '')) CONTAINS $text)
  AND ($topic IS NULL OR EXISTS { (e)-[:ABOUT]->(:Topic {key: $topic}) })
  AND ($organization IS NULL OR EXISTS {
        MATCH (e)<-[r:ORGANIZES]-(:Organization {key: $organization})
        WHERE $role IS NULL OR r.role = $role })
WITH collect(e) AS matching
RETURN size(matching) AS total,
       COLLECT {
         UNWIND matching AS e
         WITH e
         ORDER BY e.date, e.start, e.id
         SKIP toInteger($offset) LIMIT toInteger($limit)
         RETURN e {.*}
       } AS page
