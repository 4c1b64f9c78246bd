// Loader batch: sessions by number (the loader puts them back in key order).
MATCH (s:Session)
WHERE s.number IN $keys
RETURN s {.*} AS session
