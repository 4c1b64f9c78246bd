// Ingestion: the documents already in the graph, to skip those unchanged (ingest/pipeline.ts).
MATCH (d:Document)
RETURN d.file AS file, d.ingestKey AS ingestKey, d.eventCount AS events
