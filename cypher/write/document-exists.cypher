// Whether a document was written before (then write/forget-document must clear what it stated).
RETURN EXISTS { MATCH (:Document {file: $file}) } AS exists
