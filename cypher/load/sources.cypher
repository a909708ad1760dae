// Stages a batch of sources of the new graph: :StagedSource, which no read asks for, until
// promote-sources.cypher makes them :Source in the switch. A row holds every property, absent ones
// as null (not stored).
UNWIND $batch AS row
CREATE (s:StagedSource)
SET s = row
