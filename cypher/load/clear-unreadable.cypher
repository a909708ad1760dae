// Deletes up to $limit nodes no read sees, with their relationships: the retired graph a switch
// left, or what a load killed mid-way had staged. Run in committed batches until it deletes none.
MATCH (n)
WHERE n:Retired OR n:StagedActor OR n:StagedSource OR n:StagedClaim
WITH n
LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
