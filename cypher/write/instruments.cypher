// Names come from the catalogue; documents add dates, each with the line that states it.
UNWIND $rows AS row
MERGE (i:Instrument {key: row.key})
SET i.name = coalesce(i.name, row.name), i.shortName = coalesce(i.shortName, row.shortName),
    i.gaResolution = coalesce(row.gaResolution, i.gaResolution),
    i.adoptedOnSource = CASE WHEN row.adoptedOn IS NULL THEN i.adoptedOnSource ELSE row.adoptedOnSource END,
    i.adoptedOn = coalesce(date(row.adoptedOn), i.adoptedOn),
    i.entryIntoForceSource = CASE WHEN row.entryIntoForce IS NULL THEN i.entryIntoForceSource ELSE row.entryIntoForceSource END,
    i.entryIntoForce = coalesce(date(row.entryIntoForce), i.entryIntoForce),
    i.sourcePage = CASE WHEN i.sourceFile IS NULL THEN row.sourcePage ELSE i.sourcePage END,
    i.sourceFile = coalesce(i.sourceFile, row.sourceFile), i.sourceLine = coalesce(i.sourceLine, row.sourceLine)
