// Switch: the current graph becomes :Retired, unread, deleted in batches after the commit.
// Retired before the staged graph is promoted, so the id constraints see one node per id.
MATCH (n)
WHERE n:Actor OR n:Source OR n:Claim
REMOVE n:Actor:Source:Claim
SET n:Retired
