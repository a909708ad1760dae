// Stages a batch of relationships of one type between staged actors, found by the staged_actor_id
// index; __TYPE__ is replaced by that type, checked against the vocabulary
// (src/store/neo4j/identifiers.ts). CREATE, not MERGE: a MERGE between two actors reads every
// relationship of that type on one of them, quadratic on hubs, and staging starts empty.
// A row is a list: the two actor ids, then the properties in the order of RELATIONSHIP_COLUMNS
// (src/store/neo4j/rows.ts; a null one is not stored). They are named in the pattern:
// `SET r = <map>` would set keys the planner cannot see, so it would buffer the whole batch
// (Eager) before writing it.
UNWIND $batch AS row
MATCH (a:StagedActor {id: row[0]})
MATCH (b:StagedActor {id: row[1]})
CREATE (a)-[:__TYPE__ {
  id: row[2], symmetric: row[3], contested: row[4], role: row[5], claimCount: row[6],
  sources: row[7], first: row[8], last: row[9], ord: row[10]
}]->(b)
