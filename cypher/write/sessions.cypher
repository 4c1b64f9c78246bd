// A programme is authoritative for its own session; other documents only fill what nothing stated yet.
UNWIND $rows AS row
MERGE (s:Session {number: row.number})
WITH s, row
WHERE row.startDate IS NOT NULL
  AND (row.authoritative OR s.startDate IS NULL OR s.sourceFile = row.sourceFile)
SET s.year = row.year, s.city = row.city, s.startDate = date(row.startDate), s.endDate = date(row.endDate),
    s.sourceFile = row.sourceFile, s.sourceLine = row.sourceLine, s.sourcePage = row.sourcePage
