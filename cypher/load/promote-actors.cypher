// Switch: the staged actors of the kind __KIND__ become :Actor:__KIND__.
MATCH (a:StagedActor)
WHERE a.kind = $kind
REMOVE a:StagedActor
SET a:Actor:__KIND__
