// Before a document is written again: remove what it alone states (its events, agenda items, figures,
// timeline entries) and every relationship that cites it, so re-ingestion replaces instead of piling up.
MATCH (n)
WHERE n.sourceFile = $file AND (n:Event OR n:AgendaItem OR n:PartyStatus OR n:TimelineEntry OR n:Fact)
DETACH DELETE n
WITH count(*) AS ignored
MATCH ()-[r]->()
WHERE r.sourceFile = $file
DELETE r
