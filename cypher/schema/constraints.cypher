// Unique keys first: they also give MERGE an index to find nodes by.
CREATE CONSTRAINT document_file IF NOT EXISTS FOR (n:Document) REQUIRE n.file IS UNIQUE;
CREATE CONSTRAINT session_number IF NOT EXISTS FOR (n:Session) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_key IF NOT EXISTS FOR (n:Topic) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT instrument_key IF NOT EXISTS FOR (n:Instrument) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT party_status_key IF NOT EXISTS FOR (n:PartyStatus) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT working_group_key IF NOT EXISTS FOR (n:WorkingGroup) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agenda_item_key IF NOT EXISTS FOR (n:AgendaItem) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT venue_name IF NOT EXISTS FOR (n:Venue) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT timeline_key IF NOT EXISTS FOR (n:TimelineEntry) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT fact_key IF NOT EXISTS FOR (n:Fact) REQUIRE n.key IS UNIQUE;
CREATE INDEX event_source_file IF NOT EXISTS FOR (n:Event) ON (n.sourceFile);
CREATE INDEX event_session IF NOT EXISTS FOR (n:Event) ON (n.session);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
// Relationships that cite a document, found by it when the document is ingested again (write/forget-document).
CREATE INDEX organizes_source_file IF NOT EXISTS FOR ()-[r:ORGANIZES]-() ON (r.sourceFile);
CREATE INDEX about_source_file IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.sourceFile);
CREATE INDEX discusses_source_file IF NOT EXISTS FOR ()-[r:DISCUSSES]-() ON (r.sourceFile);
CREATE INDEX meeting_of_source_file IF NOT EXISTS FOR ()-[r:MEETING_OF]-() ON (r.sourceFile);
CREATE INDEX presided_source_file IF NOT EXISTS FOR ()-[r:PRESIDED]-() ON (r.sourceFile);
CREATE INDEX spoke_at_source_file IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.sourceFile);
CREATE INDEX represents_source_file IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.sourceFile);
CREATE FULLTEXT INDEX eventText IF NOT EXISTS FOR (n:Event) ON EACH [n.title, n.description];
CREATE FULLTEXT INDEX organizationNames IF NOT EXISTS FOR (n:Organization) ON EACH [n.name, n.acronym, n.aliasText];
