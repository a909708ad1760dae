// revision: the token the last load wrote; "none" before any load.
OPTIONAL MATCH (m:Meta {key: 'dataset'})
RETURN coalesce(m.revision, 'none') AS revision
