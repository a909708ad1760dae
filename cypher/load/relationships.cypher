// Stages a batch of relationships of one type between staged actors, found by the staged_actor_id
// index; __TYPE__ is replaced by that type, checked against the vocabulary
// (src/store/neo4j/identifiers.ts). CREATE, not MERGE: a MERGE between two actors reads every
// relationship of that type on one of them, quadratic on hubs, and staging starts empty.
// The properties are named in the pattern (those of relationshipProps, src/store/neo4j/rows.ts;
// a null one is not stored): `SET r = row.props` would set keys the planner cannot see, so it
// would buffer the whole batch (Eager) before writing it.
UNWIND $batch AS row
MATCH (a:StagedActor {id: row.from})
MATCH (b:StagedActor {id: row.to})
CREATE (a)-[:__TYPE__ {
  id: row.props.id, symmetric: row.props.symmetric, contested: row.props.contested,
  role: row.props.role, claimCount: row.props.claimCount, sources: row.props.sources,
  first: row.props.first, last: row.props.last, ord: row.props.ord
}]->(b)
