// stats: counts of actors, relationships, claims, sources and contested relationships, and of
// actors per kind and relationships per type (kinds and types with none are left out).
RETURN
  COUNT { (:Actor) } AS actors,
  COUNT { (:Actor)-->(:Actor) } AS relationships,
  COUNT { (:Claim) } AS claims,
  COUNT { (:Source) } AS sources,
  COUNT { MATCH (:Actor)-[r]->(:Actor) WHERE r.contested } AS contested,
  COLLECT { MATCH (a:Actor) WITH a.kind AS kind, count(*) AS n RETURN [kind, n] } AS byKind,
  COLLECT { MATCH (:Actor)-[r]->(:Actor) WITH type(r) AS type, count(*) AS n RETURN [type, n] } AS byType
