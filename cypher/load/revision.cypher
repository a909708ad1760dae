// Switch, last step: marks the graph with a new revision. Readers cache answers per revision, so
// every load must change it; the schema version tells a later start that this database holds a
// graph actorgraph wrote, in this layout.
MERGE (m:Meta {key: 'dataset'})
SET m.revision = $revision, m.schemaVersion = $schemaVersion
