// Stages a batch of actors of the new graph: :StagedActor with no kind label, so that no read
// (nor user Cypher asking for :Actor or a kind) sees them until promote-actors.cypher in the
// switch. CREATE, not MERGE: staging starts empty and the dataset was validated (ids unique).
UNWIND $batch AS row
CREATE (a:StagedActor)
SET a = row
