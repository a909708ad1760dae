// Whether actorgraph wrote this database: its Meta record's schema version (null when there is no
// Meta), all nodes, the nodes carrying none of actorgraph's labels and, when there is no Meta, the
// labels in use. Counts come from Neo4j's count store, so this is quick on a graph of any size;
// db.labels() also lists labels no node carries any more, so each is checked (a scan, only for a
// database that is not actorgraph's).
CALL db.labels() YIELD label
WITH collect(label) AS tokens
OPTIONAL MATCH (m:Meta {key: 'dataset'})
RETURN m IS NOT NULL AS hasMeta, m.schemaVersion AS schemaVersion,
  [l IN tokens WHERE m IS NULL AND EXISTS { MATCH (n) WHERE l IN labels(n) }] AS labels, COUNT { (n) } AS nodes,
  COUNT { (n) } - COUNT { (:Actor) } - COUNT { (:Source) } - COUNT { (:Claim) } - COUNT { (:Meta) }
    AS otherNodes
