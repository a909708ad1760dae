// getGraph's nodes: the actors of the chosen kinds (all when $kinds is null), in load order, each
// with its degree in the whole stored graph.
MATCH (a:Actor)
WHERE $kinds IS NULL OR a.kind IN $kinds
RETURN properties(a) AS actor, COUNT { (a)--() } AS degree
ORDER BY a.ord
