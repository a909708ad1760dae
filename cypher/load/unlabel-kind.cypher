// Takes the kind label __KIND__ off a batch of stored actors (by element id) whose kind the load
// changes; actors.cypher then sets the new one.
UNWIND $batch AS element
MATCH (a:Actor)
WHERE elementId(a) = element
REMOVE a:__KIND__
