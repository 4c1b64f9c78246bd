UNWIND $rows AS row
MERGE (i:Instrument {key: row.key})
SET i.name = row.name, i.shortName = row.shortName
