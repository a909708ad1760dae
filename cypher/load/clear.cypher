// Deletes every actor, claim and source with their relationships; other data in the database stays.
MATCH (n)
WHERE n:Actor OR n:Claim OR n:Source
DETACH DELETE n
