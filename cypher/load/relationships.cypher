// Stages a batch of relationships of one type between staged actors, found by the staged_actor_id
// index; __TYPE__ is replaced by that type, checked against the vocabulary
// (src/store/neo4j/identifiers.ts). CREATE, not MERGE: a MERGE between two actors reads every
// relationship of that type on one of them, quadratic on hubs, and staging starts empty.
UNWIND $batch AS row
MATCH (a:StagedActor {id: row.from})
MATCH (b:StagedActor {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
