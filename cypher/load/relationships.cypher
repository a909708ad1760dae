// Writes a batch of relationships of one type that the database does not hold yet, between stored
// actors; __TYPE__ is replaced by that type, checked against the vocabulary
// (src/store/neo4j/identifiers.ts). CREATE, not MERGE: the load knows what is stored
// (stored-elements.cypher), and a MERGE between two actors reads every relationship of that type
// on one of them, which is quadratic on the hubs a real or synthetic graph has.
UNWIND $batch AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
