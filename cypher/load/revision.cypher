// Marks the stored data with a new revision, in the load's transaction: readers cache answers
// per revision, so every load must change it.
MERGE (m:Meta {key: 'dataset'})
SET m.revision = $revision
