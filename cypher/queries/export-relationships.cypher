// Every relationship in load order, with its claims in order, each naming the source it cites.
MATCH (a:Actor)-[r]->(b:Actor)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS rel,
  COLLECT {
    MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
    RETURN c {.*, source: s.id}
    ORDER BY c.ord
  } AS claims
ORDER BY r.ord
