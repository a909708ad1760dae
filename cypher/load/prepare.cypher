// Marks the database as actorgraph's before anything is staged, so that a load killed mid-way on
// an empty database leaves staged nodes beside a Meta record (ownership.cypher) rather than nodes
// that look foreign. The revision stays as it is: nothing readable changes.
MERGE (m:Meta {key: 'dataset'})
ON CREATE SET m.schemaVersion = $schemaVersion
