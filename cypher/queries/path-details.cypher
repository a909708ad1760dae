// The relationships a set of paths walks, by id and ends ($rels: [{id, from, to}]), each with its
// claims in order and the sources they cite.
UNWIND $rels AS ref
MATCH (a:Actor {id: ref.from})-[r]->(b:Actor {id: ref.to})
WHERE r.id = ref.id
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS rel,
  COLLECT {
    MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
    RETURN c {.*, source: s.id}
    ORDER BY c.ord
  } AS claims,
  COLLECT {
    MATCH (:Claim {relId: r.id})-[:CITES]->(s:Source)
    RETURN DISTINCT properties(s)
  } AS sources
