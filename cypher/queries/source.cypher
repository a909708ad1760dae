// getSource: one source and every claim citing it, beside its relationship, in the relationships'
// load order then the claims' order.
MATCH (s:Source {id: $id})
RETURN properties(s) AS source,
  COLLECT {
    MATCH (s)<-[:CITES]-(c:Claim)
    MATCH (a:Actor {id: c.relFrom})-[r]->(b:Actor {id: c.relTo})
    WHERE r.id = c.relId
    RETURN {claim: c {.*, source: s.id}, type: type(r), from: a.id, to: b.id, rel: properties(r)}
    ORDER BY r.ord, c.ord
  } AS claims
