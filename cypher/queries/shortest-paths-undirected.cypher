// shortestPaths when not $directed: as shortest-paths.cypher, but found by allShortestPaths,
// Neo4j's bidirectional breadth-first search, which on the 100k/500k bench graph answers the same
// rows with a p95 about a third of ALL SHORTEST over a quantified pattern's (13.8 against
// 39.9 ms). The store writes the relationship types and the hop bound into the pattern's
// relationship, written for any type and six hops (as `[:SHELTERS|STRIKES*1..4]`, say): neither
// can be a parameter there.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[*1..6]-(b))
WITH p, [i IN range(0, length(p) - 1) |
  [CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN 0 ELSE 1 END, relationships(p)[i].ord]
] AS hopKey
ORDER BY hopKey
LIMIT $take
RETURN [n IN nodes(p) | {id: n.id, kind: n.kind, name: n.name}] AS nodes,
  [rel IN relationships(p) | {id: rel.id, type: type(rel), start: startNode(rel).id, end: endNode(rel).id}] AS rels
