// The example Cypher queries analysts ask of the seed graph: one list read by the README test
// (each runs on Neo4j and on the embedded engine), the explorer's Cypher view and the CLI's help.
export interface CypherExample {
  /** Short and stable: the explorer's button and the CLI's `:example <id>`. */
  id: string;
  /** The analyst's question the query answers. */
  question: string;
  query: string;
  /** The columns every store must answer alike, when not all of them must. */
  compare?: readonly string[];
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = [
  {
    id: 'shelters-ttp',
    question: 'Who shelters the TTP, and who says so?',
    query: `MATCH (host:Actor)-[r:SHELTERS]->(:Actor {id: 'ttp'})
MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
OPTIONAL MATCH (who:Actor {id: c.claimedBy})
RETURN host.name AS host, c.status AS status, coalesce(who.name, c.claimedBy) AS claimant, s.title AS source
ORDER BY status, claimant, source`,
  },
  {
    id: 'contested',
    question: 'Every contested claim, with both sides',
    query: `MATCH (a:Actor)-[r {contested: true}]->(b:Actor)
MATCH (c:Claim {relId: r.id})
OPTIONAL MATCH (who:Actor {id: c.claimedBy})
WITH a, r, b, c.status AS status, collect(DISTINCT coalesce(who.name, c.claimedBy)) AS claimants
RETURN a.name AS from, type(r) AS type, b.name AS to, status, claimants
ORDER BY from, type, to, status`,
  },
  {
    id: 'sources-on-pakistan',
    question: 'What does each source say about Pakistan?',
    query: `MATCH (:Actor {id: 'pakistan'})-[r]-(other:Actor)
MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
WITH s, c, type(r) + ' ' + other.name AS link ORDER BY link
RETURN s.title AS source, count(c) AS claims, collect(DISTINCT link) AS about
ORDER BY claims DESC, source`,
  },
  {
    id: 'strikes-figures',
    question: 'The 24 December 2024 strikes: who gives which figures?',
    query: `MATCH (:Event {id: 'strikes-2024-12-24'})-[r]->(target:Actor)
MATCH (c:Claim {relId: r.id}) WHERE c.figures IS NOT NULL
OPTIONAL MATCH (who:Actor {id: c.claimedBy})
RETURN target.name AS target, coalesce(who.name, c.claimedBy) AS claimant, c.status AS status, c.figures AS figures
ORDER BY target, claimant`,
  },
  {
    id: 'ttp-to-kabul',
    question: 'How does the TTP connect to Kabul (city)? (shortestPath)',
    query: `MATCH p = shortestPath((:Actor {id: 'ttp'})-[*..6]-(:Actor {id: 'kabul-city'}))
RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS hops, length(p) AS length, p`,
    // shortestPath returns any one of the shortest paths: only its length is the same everywhere.
    compare: ['length'],
  },
  {
    id: 'all-ttp-to-kabul',
    question: 'Every shortest chain from the TTP to Kabul (city) (allShortestPaths)',
    query: `MATCH p = allShortestPaths((:Actor {id: 'ttp'})-[*..6]-(:Actor {id: 'kabul-city'}))
RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS hops, p
ORDER BY actors, hops`,
  },
  {
    id: 'top-claimants',
    question: 'Which actors make the most claims?',
    query: `MATCH (c:Claim)
MATCH (who:Actor {id: c.claimedBy})
RETURN who.name AS claimant, who.kind AS kind, count(c) AS claims
ORDER BY claims DESC, claimant
LIMIT 10`,
  },
  {
    id: 'most-claimed-about',
    question: 'Which actors have the most claims on their relationships?',
    query: `MATCH (a:Actor)-[r]-(:Actor)
RETURN a.name AS actor, count(r) AS relationships, sum(r.claimCount) AS claims
ORDER BY claims DESC, actor
LIMIT 10`,
  },
  {
    id: 'denials',
    question: 'What is denied, and by whom?',
    query: `MATCH (c:Claim {status: 'denied'})-[:CITES]->(s:Source)
MATCH (a:Actor {id: c.relFrom}), (b:Actor {id: c.relTo})
OPTIONAL MATCH (who:Actor {id: c.claimedBy})
RETURN a.name AS from, split(c.relId, '.')[1] AS type, b.name AS to, coalesce(who.name, c.claimedBy) AS denier, s.title AS source
ORDER BY from, type, to, denier, source`,
  },
  {
    id: 'armed-groups-where',
    question: 'Where do the armed groups operate?',
    query: `MATCH (g:ArmedGroup)-[:OPERATES_IN]->(place:Actor)
WITH g, place ORDER BY place.name
RETURN g.name AS group, collect(place.name) AS operatesIn
ORDER BY size(operatesIn) DESC, group`,
  },
  {
    id: 'ttp-neighbourhood',
    question: 'The TTP and everything within two hops of it',
    query: `MATCH p = (:Actor {id: 'ttp'})-[*1..2]-(:Actor)
RETURN p`,
  },
  {
    id: 'types-count',
    question: 'How many relationships of each type?',
    query: `MATCH (:Actor)-[r]->(:Actor)
RETURN type(r) AS type, count(*) AS relationships
ORDER BY relationships DESC, type`,
  },
  {
    id: 'december-events',
    question: 'Which events happened in December 2024, in order?',
    query: `MATCH (e:Event) WHERE e.dateStart STARTS WITH '2024-12'
RETURN e.name AS event, e.dateStart AS start, e.dateEnd AS end
ORDER BY start, event`,
  },
  {
    id: 'sources-weight',
    question: 'Which sources back the most claims?',
    query: `MATCH (s:Source)<-[:CITES]-(c:Claim)
RETURN s.title AS source, s.publisher AS publisher, count(c) AS claims
ORDER BY claims DESC, source`,
  },
];
