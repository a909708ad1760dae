// What name resolution and search need of every actor, in load order.
MATCH (a:Actor)
RETURN a.id AS id, a.kind AS kind, a.name AS name, a.aliases AS aliases,
  a.ambiguousAliases AS ambiguousAliases
ORDER BY a.ord
