// getGraph's edges: the relationships passing every filter whose two ends are of the chosen kinds,
// in load order. A null parameter means no filter. In a date window ($windowFirst..$windowLast,
// YYYY-MM-DD, either end open) a relationship stays when one of its dated claims overlaps it, or
// when none of its claims is dated.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds))
  AND ($types IS NULL OR type(r) IN $types)
  AND r.claimCount >= $minClaims
  AND (NOT $contestedOnly OR r.contested)
  AND (
    ($windowFirst IS NULL AND $windowLast IS NULL)
    OR r.first IS NULL
    OR EXISTS {
      MATCH (c:Claim {relId: r.id})
      WHERE c.first IS NOT NULL
        AND ($windowLast IS NULL OR c.first <= $windowLast)
        AND ($windowFirst IS NULL OR c.last >= $windowFirst)
    }
  )
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS rel
ORDER BY r.ord
