// Writes a batch of relationships of one type between stored actors; __TYPE__ is replaced by that
// type, checked against the vocabulary (src/store/neo4j/identifiers.ts).
UNWIND $batch AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.props.id}]->(b)
SET r = row.props
