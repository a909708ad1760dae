// listSources: every source in load order, with how many claims cite it.
MATCH (s:Source)
RETURN properties(s) AS source, COUNT { (s)<-[:CITES]-(:Claim) } AS claimCount
ORDER BY s.ord
