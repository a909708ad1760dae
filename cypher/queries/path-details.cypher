// The relationships a set of paths walks, by id and ends ($rels: [{id, from, to}]), each with its
// claims in order and the sources they cite.
// The seeks are hints: planned against the statistics of a database just loaded, Neo4j 5.26 once
// scanned every actor's id per relationship and every claim's relId per claim (2.5 s for 14
// relationships of a 100k/500k graph, against 13-19 ms once replanned).
UNWIND $rels AS ref
MATCH (a:Actor {id: ref.from})-[r]->(b:Actor {id: ref.to})
USING INDEX SEEK a:Actor(id)
USING INDEX SEEK b:Actor(id)
WHERE r.id = ref.id
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS rel,
  COLLECT {
    MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
    USING INDEX SEEK c:Claim(relId)
    RETURN c {.*, source: s.id}
    ORDER BY c.ord
  } AS claims,
  COLLECT {
    MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
    USING INDEX SEEK c:Claim(relId)
    RETURN DISTINCT properties(s)
  } AS sources
