// Every actor, in load order.
MATCH (a:Actor)
RETURN properties(a) AS actor
ORDER BY a.ord
