// Loader batch: documents by file name (for Source.documentTitle).
MATCH (d:Document)
WHERE d.file IN $keys
RETURN d {.*} AS document
