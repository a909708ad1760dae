// getActor's relationships: every relationship touching the actor, with the actor at the other
// end and the claims in order, each beside its source and its claimant's name (null for
// "author" and "unnamed", which are no actors).
MATCH (a:Actor {id: $id})-[r]-(o:Actor)
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS rel,
  properties(o) AS other,
  COLLECT {
    MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
    OPTIONAL MATCH (w:Actor {id: c.claimedBy})
    RETURN {claim: c {.*, source: s.id}, source: properties(s), claimant: w.name}
    ORDER BY c.ord
  } AS claims
ORDER BY r.ord
