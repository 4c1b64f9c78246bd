// Loader batch: documents by file name, with the session a programme is the programme of (null otherwise).
MATCH (d:Document)
WHERE d.file IN $keys
OPTIONAL CALL (d) {
  MATCH (e:Event {sourceFile: d.file})
  WHERE d.kind = 'programme'
  RETURN min(e.session) AS session
}
RETURN d {.file, .title, .kind, session: session} AS document
