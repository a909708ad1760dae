// neighbourhood: the actors within $depth hops (1 to 3) of $id, walking relationships of the
// chosen types (all when $types is null) in either direction, nearest first, each with its
// distance and degree; and the relationships of those types among them, in load order. The store
// narrows the quantifier's upper bound (3, the deepest a query may ask) to $depth before sending
// it: bounds cannot be parameters.
MATCH (center:Actor {id: $id})
MATCH p = ANY SHORTEST (center)((x)-[r]-(y) WHERE $types IS NULL OR type(r) IN $types){0,3}(n:Actor)
WHERE length(p) <= $depth
WITH n, length(p) AS distance, COUNT { (n)--() } AS degree
ORDER BY distance, n.ord
WITH collect(n) AS members,
  collect({actor: properties(n), degree: degree, distance: distance}) AS nodes
RETURN nodes,
  COLLECT {
    UNWIND members AS a
    MATCH (a)-[r]->(b:Actor)
    WHERE b IN members AND ($types IS NULL OR type(r) IN $types)
    RETURN {type: type(r), from: a.id, to: b.id, rel: properties(r)}
    ORDER BY r.ord
  } AS edges
