// Writes a batch of sources; a row holds every property, absent ones as null (not stored).
UNWIND $batch AS row
MERGE (s:Source {id: row.id})
SET s = row
