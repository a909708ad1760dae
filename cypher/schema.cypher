// Constraints and indexes of the actorgraph model; every statement is idempotent (IF [NOT] EXISTS)
// and runs at start-up.
//
// The model:
//   (:Actor:<Kind> {id, kind, name, aliases, ambiguousAliases, description,
//                   dateStart, dateEnd, datePrecision, dateInferred, ord})
//       <Kind> is one actor kind (ArmedGroup, Government, State, Organisation, Person, Place,
//       Event). An event's date is kept flat: start, end, precision and whether it is inferred.
//   (:Actor)-[:<TYPE> {id, symmetric, contested, role, claimCount, sources, first, last, ord}]->(:Actor)
//       One real relationship per seed relationship, of its vocabulary type (STRIKES, SUPPORTS, ...).
//       Symmetric types are stored once, smaller actor id first. `sources` lists the ids of the
//       sources its claims cite, in claim order; `first` and `last` (YYYY-MM-DD) span the dates the
//       claimed facts happened and are absent when no claim is dated. The date window (graph
//       query, API from/to) reads these fact dates, never the date a source reported the fact.
//   (:Claim {id, relId, relFrom, relTo, ord, summary, claimedBy, claimedByNote, status, quote,
//            dateStart, dateEnd, datePrecision, dateInferred, sameDayAsReport, first, last, figures})
//       One node per claim of a relationship: relId, relFrom and relTo name the relationship and
//       its ends, ord is the claim's place in it, figures is a JSON string (a property cannot hold a
//       list of maps). claimedBy is an actor id, "author" or "unnamed"; status is one of the claim
//       statuses (reported, alleged, denied, disputed, proposed, assessed, speculated).
//       date* and first/last are when the fact happened, only when the text gives it; when it was
//       reported is the cited Source's published* date. sameDayAsReport marks a fact checked to
//       fall on its source's publication day.
//   (:Claim)-[:CITES]->(:Source)
//       The claim's source. CITES is the only relationship that is not a vocabulary type, and no
//       vocabulary type is named CITES; nothing but vocabulary relationships joins two actors, so
//       every walk over actors (degree, neighbourhood, paths) sees only the vocabulary.
//   (:Source {id, title, publisher, author, kind, summary,
//             publishedStart, publishedEnd, publishedPrecision, publishedInferred, ord})
// `ord` keeps each record's place in the dataset, so an export reads back in load order.
//   (:StagedActor), (:StagedSource), (:StagedClaim), (:Retired)
//       A load's graph before its switch, and the graph a switch replaced: the same properties
//       and relationships under labels no read asks for, deleted in batches (src/store/neo4j/load.ts).
//   (:Meta {key: 'dataset', revision, schemaVersion})
//       A new revision token at every load: answers cached at one revision hold until the next.
//       schemaVersion (1) names this layout: a start refuses a database whose graph has another,
//       or that holds other nodes and no Meta (a graph actorgraph did not write).
//
// Ask, for example, which sources say what about Pakistan and who claims it:
//   MATCH (:Actor {id: 'pakistan'})-[r]-(:Actor)
//   MATCH (c:Claim {relId: r.id})-[:CITES]->(s:Source)
//   RETURN r.id, c.claimedBy, c.status, c.summary, s.title

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
// Claims have one index, relId (the store's claim look-ups: path details, an actor's
// relationships). Every index on :Claim is written for each of the 500k claims a 100k/500k load's
// switch promotes and retires; the two dropped below (claim ids are unique by validation, and no
// store query seeks by id or claimant) took the switch of a replacing load from 46 to 27 s.
CREATE INDEX claim_relationship IF NOT EXISTS FOR (c:Claim) ON (c.relId);
DROP CONSTRAINT claim_id IF EXISTS;
DROP INDEX claim_claimant IF EXISTS;
CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE;
// Endpoint lookups while a load stages its graph (cypher/load/relationships.cypher, claims.cypher).
CREATE INDEX staged_actor_id IF NOT EXISTS FOR (a:StagedActor) ON (a.id);
CREATE INDEX staged_source_id IF NOT EXISTS FOR (s:StagedSource) ON (s.id);
