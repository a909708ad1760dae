// Writes a batch of actors of one kind; __KIND__ is replaced by that kind, checked against the
// vocabulary (src/store/neo4j/identifiers.ts).
UNWIND $batch AS row
MERGE (a:Actor {id: row.id})
SET a = row, a:__KIND__
