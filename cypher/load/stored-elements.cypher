// What is stored before a load, by element id: every actor (with its kind), source and claim (with
// the source it cites, as `from`), and every relationship between actors with its ends (a
// symmetric one may come back reversed). The load updates what it writes again, creates what is
// new and deletes the rest.
MATCH (n)
WHERE n:Actor OR n:Source OR n:Claim
RETURN elementId(n) AS element, n.id AS id, n.kind AS kind,
  CASE WHEN n:Actor THEN 'actor' WHEN n:Source THEN 'source' ELSE 'claim' END AS what,
  [(n)-[:CITES]->(s:Source) | s.id][0] AS from, null AS to
UNION ALL
MATCH (a:Actor)-[r]->(b:Actor)
RETURN elementId(r) AS element, r.id AS id, null AS kind, 'relationship' AS what,
  a.id AS from, b.id AS to
