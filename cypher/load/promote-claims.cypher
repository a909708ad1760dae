// Switch: the staged claims become :Claim.
MATCH (c:StagedClaim)
REMOVE c:StagedClaim
SET c:Claim
