// Organizations whose name, or an ORGANIZES surface, still holds a connector phrase ("… in cooperation",
// "supported by …"): each is a list the organizer grammar failed to split. The graph must hold none.
// $pattern: a Java regular expression (see tests/integration/organizer-grammar.test.ts).
MATCH (o:Organization)
OPTIONAL MATCH (o)-[r:ORGANIZES]->(:Event)
WITH o, collect(DISTINCT r.surface) AS surfaces
WHERE o.name =~ $pattern OR any(s IN surfaces WHERE s =~ $pattern)
RETURN o.key AS key, o.name AS name, [s IN surfaces WHERE s =~ $pattern] AS surfaces
ORDER BY key
