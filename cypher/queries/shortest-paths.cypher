// shortestPaths when $directed (shortest-paths-undirected.cypher serves the rest): every shortest
// path from $from to $to of at most $maxHops hops, walking relationships of the chosen types (all
// when $types is null) along their direction, symmetric ones both ways. Ordered hop by hop
// (forward steps before backward ones, then by the relationship's load order: the embedded
// store's order too), cut at $take. The store narrows the quantifier's upper bound (6, the most a
// query may ask) to $maxHops before sending it: bounds cannot be parameters.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH p = ALL SHORTEST (a)(
  (x)-[r]-(y)
  WHERE ($types IS NULL OR type(r) IN $types) AND (r.symmetric OR startNode(r) = x)
){1,6}(b)
WHERE length(p) <= $maxHops
WITH p, [i IN range(0, length(p) - 1) |
  [CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i] THEN 0 ELSE 1 END, relationships(p)[i].ord]
] AS hopKey
ORDER BY hopKey
LIMIT $take
RETURN [n IN nodes(p) | {id: n.id, kind: n.kind, name: n.name}] AS nodes,
  [rel IN relationships(p) | {id: rel.id, type: type(rel), start: startNode(rel).id, end: endNode(rel).id}] AS rels
