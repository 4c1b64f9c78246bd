// Loader batch, one request per Instrument.parties field: the latest party count stated on or before
// req.asOf (the latest of all when req.asOf is null).
UNWIND $requests AS req
MATCH (i:Instrument {key: req.key})-[:HAS_STATUS]->(p:PartyStatus)
WHERE req.asOf IS NULL OR p.asOf <= date(req.asOf)
WITH req, p
ORDER BY p.asOf DESC
WITH req, head(collect(p)) AS latest
RETURN req.i AS i, latest {.*} AS status
