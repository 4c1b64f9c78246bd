// Loader batch: what the graph knows of each session and from which documents. A session's programme is a
// Document of kind "programme" whose events lie in that session (or that the session itself cites).
// `documents`: every document that states something about the session (its record, events, agenda, people,
// facts), by file name.
MATCH (s:Session)
WHERE s.number IN $keys
CALL (s) {
  OPTIONAL MATCH (s)<-[:IN_SESSION]-(e:Event)
  RETURN count(e) AS events, collect(DISTINCT e.sourceFile) AS eventFiles
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:IN_SESSION]-(a:AgendaItem)
  RETURN collect(DISTINCT a.sourceFile) AS agendaFiles
}
CALL (s) {
  OPTIONAL MATCH (s)<-[r:PRESIDED|SPOKE_AT]-(:Person)
  RETURN collect(DISTINCT r.sourceFile) AS peopleFiles
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:ABOUT_SESSION]-(f:Fact)
  RETURN collect(DISTINCT f.sourceFile) AS factFiles
}
WITH s, events, [s.sourceFile] + eventFiles + agendaFiles + peopleFiles + factFiles AS files
CALL (s, files) {
  MATCH (d:Document)
  WHERE d.file IN files
  WITH d ORDER BY d.file
  RETURN collect(d {.file, .title, .kind}) AS documents
}
RETURN s.number AS key,
       events,
       documents,
       [d IN documents WHERE d.kind = 'programme' AND
          (d.file = s.sourceFile OR EXISTS { (s)<-[:IN_SESSION]-(:Event {sourceFile: d.file}) })][0] AS programme
