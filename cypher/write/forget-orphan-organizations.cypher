// After a run: organizations that no document mentions any more (no ORGANIZES, no REPRESENTS, no unit of
// theirs left) and that the curated catalogue does not list are removed, so a re-ingest that drops a
// name drops its organization too. Only their own outgoing PART_OF links may remain; those go with them.
// Run until it deletes nothing (a removed unit can leave its parent without reason to stay).
MATCH (o:Organization)
WHERE NOT o.key IN $catalogue
  AND NOT EXISTS { MATCH (o)-[r]-() WHERE NOT (type(r) = 'PART_OF' AND startNode(r) = o) }
DETACH DELETE o
RETURN count(*) AS deleted
