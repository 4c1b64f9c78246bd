// Before a document is written again: remove what it alone states (its events, agenda items, figures,
// timeline entries) and every relationship that cites it, so re-ingestion replaces instead of piling up.
// Relationships by their type's sourceFile index (schema/constraints.cypher), each type that cites a
// document named here: a pattern without a type scans every relationship of the graph (855 ms per document
// at 100,000 events). A test checks this list against the types that cypher/write sets sourceFile on.
MATCH (n)
WHERE n.sourceFile = $file AND (n:Event OR n:AgendaItem OR n:PartyStatus OR n:TimelineEntry OR n:Fact)
DETACH DELETE n
WITH count(*) AS ignored
MATCH ()-[r:ORGANIZES|ABOUT|DISCUSSES|MEETING_OF|PRESIDED|SPOKE_AT|REPRESENTS]->()
WHERE r.sourceFile = $file
DELETE r
