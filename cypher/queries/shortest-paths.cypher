// shortestPaths: every shortest path from $from to $to of at most $maxHops hops, walking
// relationships of the chosen types (all when $types is null); when $directed, only along their
// direction, symmetric ones both ways. Ordered by the actors then the relationships they pass, cut
// at $take. The store narrows the quantifier's upper bound (6, the most a query may ask) to
// $maxHops before sending it: bounds cannot be parameters.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH p = ALL SHORTEST (a)(
  (x)-[r]-(y)
  WHERE ($types IS NULL OR type(r) IN $types) AND (NOT $directed OR r.symmetric OR startNode(r) = x)
){1,6}(b)
WHERE length(p) <= $maxHops
WITH p, [n IN nodes(p) | n.id] AS ids, [rel IN relationships(p) | rel.id] AS relIds
ORDER BY ids, relIds
LIMIT $take
RETURN [n IN nodes(p) | {id: n.id, kind: n.kind, name: n.name}] AS nodes,
  [rel IN relationships(p) | {id: rel.id, type: type(rel), start: startNode(rel).id, end: endNode(rel).id}] AS rels
