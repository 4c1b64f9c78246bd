// The Convention and its Protocols: the Convention first, then by adoption and key.
MATCH (i:Instrument)
RETURN i {.*} AS instrument
ORDER BY CASE i.key WHEN 'UNTOC' THEN 0 ELSE 1 END, i.adoptedOn, i.key
