// getActor: one actor and its degree (its relationships are actor-relationships.cypher).
MATCH (a:Actor {id: $id})
RETURN properties(a) AS actor, COUNT { (a)--() } AS degree
