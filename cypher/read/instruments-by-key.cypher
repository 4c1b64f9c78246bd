// Loader batch: instruments by key.
MATCH (i:Instrument)
WHERE i.key IN $keys
RETURN i {.*} AS instrument
