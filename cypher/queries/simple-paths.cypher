// simplePaths: the paths from $from to $to of at most $maxHops hops that visit no actor twice,
// walking relationships of the chosen types (all when $types is null); when $directed, only along
// their direction, symmetric ones both ways. Shortest first, then hop by hop (forward steps before
// backward ones, then by the relationship's load order: the embedded store's order too), cut at
// $take.
// Every path is split at its middle actor m: the first half walks from $from (half the hops,
// rounded up), the second on to $to (the rest), and the halves are joined on m by hash
// (USING JOIN): each side explores about the square root of what one walk of the whole length
// does, which on hub-heavy graphs is the difference between milliseconds and seconds. The store
// narrows the halves' quantifiers, written for six hops (3 + 3, the most a query may ask), to
// $maxHops before sending it: bounds cannot be parameters.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
MATCH first = (a)(
  (x)-[r]-(y)
  WHERE ($types IS NULL OR type(r) IN $types) AND (NOT $directed OR r.symmetric OR startNode(r) = x)
){1,3}(m)
MATCH second = (m)(
  (u)-[q]-(v)
  WHERE ($types IS NULL OR type(q) IN $types) AND (NOT $directed OR q.symmetric OR startNode(q) = u)
){0,3}(b)
USING JOIN ON m
WITH first, second
WHERE length(first) + length(second) <= $maxHops AND length(first) - length(second) IN [0, 1]
WITH nodes(first) + tail(nodes(second)) AS ns, relationships(first) + relationships(second) AS rs
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
WITH ns, rs, [i IN range(0, size(rs) - 1) |
  [CASE WHEN startNode(rs[i]) = ns[i] THEN 0 ELSE 1 END, rs[i].ord]
] AS hopKey
ORDER BY size(rs), hopKey
LIMIT $take
RETURN [n IN ns | {id: n.id, kind: n.kind, name: n.name}] AS nodes,
  [rel IN rs | {id: rel.id, type: type(rel), start: startNode(rel).id, end: endNode(rel).id}] AS rels
