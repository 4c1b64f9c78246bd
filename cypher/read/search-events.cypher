// search(text:): full-text index over event titles and descriptions; $query is already Lucene-escaped.
CALL db.index.fulltext.queryNodes('eventText', $query) YIELD node, score
RETURN node {.*} AS event, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
