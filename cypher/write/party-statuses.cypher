UNWIND $rows AS row
MERGE (p:PartyStatus {key: row.key})
SET p.asOf = date(row.asOf), p.parties = row.parties, p.signatories = row.signatories,
    p.sourceFile = row.sourceFile, p.sourceLine = row.sourceLine, p.sourcePage = row.sourcePage
WITH p, row
MATCH (i:Instrument {key: row.instrument})
MERGE (i)-[:HAS_STATUS]->(p)
