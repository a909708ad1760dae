// Every source, in load order.
MATCH (s:Source)
RETURN properties(s) AS source
ORDER BY s.ord
