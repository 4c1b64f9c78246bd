// events(filter:): every filter is optional (null = no constraint); one page plus the total in one trip.
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
WITH e ORDER BY e.date, e.start, e.id
WITH collect(e {.*}) AS events
RETURN size(events) AS total, events[toInteger($offset)..toInteger($offset + $limit)] AS page
