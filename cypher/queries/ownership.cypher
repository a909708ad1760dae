// Whether actorgraph wrote this database: its Meta record's schema version (null when there is no
// Meta), all nodes, the nodes carrying none of actorgraph's labels and the labels in use. Counts
// come from Neo4j's count store, so this is quick on a graph of any size.
CALL db.labels() YIELD label
WITH collect(label) AS labels
OPTIONAL MATCH (m:Meta {key: 'dataset'})
RETURN m IS NOT NULL AS hasMeta, m.schemaVersion AS schemaVersion, labels, COUNT { (n) } AS nodes,
  COUNT { (n) } - COUNT { (:Actor) } - COUNT { (:Source) } - COUNT { (:Claim) } - COUNT { (:Meta) }
    AS otherNodes
