// Marks the stored data with a new revision, in the load's transaction: readers cache answers
// per revision, so every load must change it. The schema version tells a later start that this
// database holds a graph actorgraph wrote, in this layout.
MERGE (m:Meta {key: 'dataset'})
SET m.revision = $revision, m.schemaVersion = $schemaVersion
