MERGE (d:Document {file: $row.file})
SET d.title = $row.title, d.kind = $row.kind, d.layout = $row.layout, d.sha256 = $row.sha256
