// sessions: COP sessions oldest first; the total is a count, the page is cut with SKIP/LIMIT ($limit null: all).
CALL {
  MATCH (s:Session)
  RETURN count(s) AS total
}
CALL {
  MATCH (s:Session)
  WITH s
  ORDER BY s.number
  SKIP toInteger($offset) LIMIT toInteger(coalesce($limit, 1000000))
  RETURN collect(s {.*}) AS page
}
RETURN total, page
