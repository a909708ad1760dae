// Switch, first step for each actor kind: takes the kind label __KIND__ off the current actors,
// so that user Cypher asking for that kind sees only the promoted ones.
MATCH (a:Actor:__KIND__)
REMOVE a:__KIND__
