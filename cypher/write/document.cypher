// ingestKey: hash of the text and of the code and reference data that read it (ingest/ingest-version.ts);
// a later run skips the document while it is unchanged. eventCount: what that run reports for it.
MERGE (d:Document {file: $row.file})
SET d.title = $row.title, d.kind = $row.kind, d.layout = $row.layout, d.sha256 = $row.sha256,
    d.ingestKey = $ingestKey, d.eventCount = $eventCount
