// Aliases accumulate every surface form seen, without duplicates; aliasText feeds the full-text index.
UNWIND $rows AS row
MERGE (o:Organization {key: row.key})
SET o.name = row.name, o.kind = row.kind, o.iso3 = row.iso3, o.acronym = row.acronym, o.code = row.code,
    o.known = row.known,
    // The key that lists sort by (partners, the network's nodes): the name in dictionary order, case and the
    // common accents ignored. Stored once here instead of computed on every row of every read.
    o.sortName = reduce(k = normalize(toLower(row.name), NFD), mark IN ['\u0300', '\u0301', '\u0302', '\u0303', '\u0308', '\u030A', '\u030C', '\u0327'] | replace(k, mark, '')),
    o.aliases = reduce(acc = coalesce(o.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET o.aliasText = reduce(text = '', a IN o.aliases | text + a + ' | ')
