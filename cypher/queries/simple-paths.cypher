// simplePaths: the paths from $from to $to of at most $maxHops hops that visit no actor twice,
// walking relationships of the chosen types (all when $types is null); when $directed, only along
// their direction, symmetric ones both ways. Shortest first, then ordered by the actors and
// relationships they pass, cut at $take. The store narrows the quantifier's upper bound (6, the
// most a query may ask) to $maxHops before sending it: bounds cannot be parameters.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH p = (a)(
  (x)-[r]-(y)
  WHERE ($types IS NULL OR type(r) IN $types) AND (NOT $directed OR r.symmetric OR startNode(r) = x)
){1,6}(b)
WHERE length(p) <= $maxHops
  AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH p, [n IN nodes(p) | n.id] AS ids, [rel IN relationships(p) | rel.id] AS relIds
ORDER BY length(p), ids, relIds
LIMIT $take
RETURN [n IN nodes(p) | {id: n.id, kind: n.kind, name: n.name}] AS nodes,
  [rel IN relationships(p) | {id: rel.id, type: type(rel), start: startNode(rel).id, end: endNode(rel).id}] AS rels
