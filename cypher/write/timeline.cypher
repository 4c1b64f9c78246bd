UNWIND $rows AS row
MERGE (t:TimelineEntry {key: row.key})
SET t.date = row.date, t.text = row.text, t.sourceFile = row.sourceFile, t.sourceLine = row.sourceLine, t.sourcePage = row.sourcePage
