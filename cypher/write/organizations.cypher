// Aliases accumulate every surface form seen, without duplicates; aliasText feeds the full-text index.
UNWIND $rows AS row
MERGE (o:Organization {key: row.key})
SET o.name = row.name, o.kind = row.kind, o.iso3 = row.iso3, o.acronym = row.acronym, o.code = row.code,
    o.known = row.known,
    o.aliases = reduce(acc = coalesce(o.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET o.aliasText = reduce(text = '', a IN o.aliases | text + a + ' | ')
