// The relationship vocabulary as data: each type's meaning, direction, symmetry, the actor kinds
// allowed at each end, its CAMEO / PLOVER counterpart and its colour.
import type { ActorKind } from './kinds.js';

export interface EventCode {
  code: string;
  label: string;
}

export interface RelationshipTypeInfo {
  type: string;
  label: string;
  /** Verb phrase reading from -> to, for sentences: "the AIG *is seated in* Kabul (city)". */
  active: string;
  /** Verb phrase reading to -> from: "Kabul (city) *is the seat of* the AIG". Symmetric: = active. */
  passive: string;
  description: string;
  /** What "from -> to" means, in words. Symmetric types read the same both ways. */
  direction: string;
  symmetric: boolean;
  from: readonly ActorKind[];
  to: readonly ActorKind[];
  /** CAMEO event code where one fits (Schrodt's CAMEO codebook). */
  cameo?: EventCode;
  /** PLOVER event type where one fits. */
  plover?: string;
  color: string;
}

const ACTORS: readonly ActorKind[] = [
  'ArmedGroup',
  'Government',
  'State',
  'Organisation',
  'Person',
];
const POLITIES: readonly ActorKind[] = ['ArmedGroup', 'Government', 'State', 'Organisation'];
const STATE_LIKE: readonly ActorKind[] = ['Government', 'State'];
const AREAS: readonly ActorKind[] = ['Place', 'State'];

const TYPES = [
  // Violence and coercion
  {
    type: 'STRIKES',
    label: 'strikes',
    active: 'strikes',
    passive: 'is struck by',
    description: 'Uses military force (air strikes, cross-border fire) against a target.',
    direction: 'the attacker strikes the target',
    symmetric: false,
    from: ['Government', 'State', 'ArmedGroup'],
    to: ['ArmedGroup', 'Government', 'State', 'Place', 'Person'],
    cameo: { code: '190', label: 'Use conventional military force' },
    plover: 'ASSAULT',
    color: '#c1121f',
  },
  {
    type: 'TARGETS',
    label: 'targets',
    active: 'targets',
    passive: 'is targeted by',
    description:
      'Directs attacks or a violent campaign at a target: forces, civilians, projects, a state.',
    direction: 'the attacker (or the event) targets the target',
    symmetric: false,
    from: ['ArmedGroup', 'Government', 'State', 'Event'],
    to: ['ArmedGroup', 'Government', 'State', 'Organisation', 'Person', 'Place'],
    cameo: { code: '18', label: 'Assault' },
    plover: 'ASSAULT',
    color: '#e63946',
  },
  {
    type: 'THREATENS',
    label: 'threatens',
    active: 'threatens',
    passive: 'is threatened by',
    description: 'Threatens or vows force or retaliation.',
    direction: 'the threatening actor threatens the threatened one',
    symmetric: false,
    from: ACTORS,
    to: ACTORS,
    cameo: { code: '13', label: 'Threaten' },
    plover: 'THREATEN',
    color: '#f77f00',
  },
  {
    type: 'SANCTIONS',
    label: 'sanctions',
    active: 'sanctions',
    passive: 'is sanctioned by',
    description:
      'Imposes economic or administrative penalties: border closures, tariffs, transit duties, deportations.',
    direction: 'the imposing actor sanctions the one penalised',
    symmetric: false,
    from: STATE_LIKE,
    to: ['Government', 'State', 'ArmedGroup'],
    cameo: { code: '163', label: 'Impose embargo, boycott, or sanctions' },
    plover: 'SANCTION',
    color: '#bc6c25',
  },
  {
    type: 'ACTS_AGAINST',
    label: 'acts against',
    active: 'acts against',
    passive: 'faces measures from',
    description:
      'Takes non-violent measures to restrain another: relocating fighters, arrests, restrictions.',
    direction: 'the acting party restrains the other',
    symmetric: false,
    from: POLITIES,
    to: ACTORS,
    cameo: { code: '17', label: 'Coerce' },
    plover: 'COERCE',
    color: '#9c6644',
  },
  // Support
  {
    type: 'SHELTERS',
    label: 'shelters',
    active: 'shelters',
    passive: 'is sheltered by',
    description: 'Gives safe haven or sanctuary on its territory.',
    direction: 'the host shelters the sheltered group',
    symmetric: false,
    from: ['Government', 'State', 'ArmedGroup'],
    to: ['ArmedGroup', 'Person'],
    cameo: { code: '075', label: 'Grant asylum' },
    plover: 'AID',
    color: '#7b2cbf',
  },
  {
    type: 'SUPPORTS',
    label: 'supports',
    active: 'supports',
    passive: 'is supported by',
    description: 'Gives political, material or moral support.',
    direction: 'the supporter supports the supported',
    symmetric: false,
    from: ACTORS,
    to: ACTORS,
    cameo: { code: '07', label: 'Provide aid' },
    plover: 'AID',
    color: '#9d4edd',
  },
  {
    type: 'ALLIED_WITH',
    label: 'allied with',
    active: 'is allied with',
    passive: 'is allied with',
    description: 'Shares aims or ideology and acts in concert.',
    direction: 'symmetric: each is allied with the other',
    symmetric: true,
    from: POLITIES,
    to: POLITIES,
    cameo: { code: '06', label: 'Engage in material cooperation' },
    plover: 'COOPERATE',
    color: '#c77dff',
  },
  {
    type: 'COOPERATES_WITH',
    label: 'cooperates with',
    active: 'cooperates with',
    passive: 'cooperates with',
    description: 'Works together on a matter: security, counter-terrorism, diplomacy.',
    direction: 'symmetric: each cooperates with the other',
    symmetric: true,
    from: POLITIES,
    to: POLITIES,
    cameo: { code: '06', label: 'Engage in material cooperation' },
    plover: 'COOPERATE',
    color: '#2a9d8f',
  },
  {
    type: 'TRADES_WITH',
    label: 'trades with',
    active: 'trades with',
    passive: 'trades with',
    description: 'Trades or builds economic and transit links.',
    direction: 'symmetric: each trades with the other',
    symmetric: true,
    from: STATE_LIKE,
    to: STATE_LIKE,
    cameo: { code: '061', label: 'Cooperate economically' },
    plover: 'COOPERATE',
    color: '#52b788',
  },
  {
    type: 'TRADES_THROUGH',
    label: 'trades through',
    active: 'trades through',
    passive: 'carries the trade of',
    description: 'Uses a port, corridor or transit route for its trade.',
    direction: 'the trader trades through the route',
    symmetric: false,
    from: STATE_LIKE,
    to: ['Place', 'State'],
    cameo: { code: '061', label: 'Cooperate economically' },
    plover: 'COOPERATE',
    color: '#95d5b2',
  },
  // Diplomacy and rhetoric
  {
    type: 'NEGOTIATES_WITH',
    label: 'negotiates with',
    active: 'negotiates with',
    passive: 'negotiates with',
    description: 'Holds talks or negotiations.',
    direction: 'symmetric: each negotiates with the other',
    symmetric: true,
    from: ACTORS,
    to: ACTORS,
    cameo: { code: '046', label: 'Engage in negotiation' },
    plover: 'CONSULT',
    color: '#0077b6',
  },
  {
    type: 'MEETS',
    label: 'meets',
    active: 'meets',
    passive: 'meets',
    description: 'Meets in person or holds a visit.',
    direction: 'symmetric: each meets the other',
    symmetric: true,
    from: ACTORS,
    to: ACTORS,
    cameo: { code: '040', label: 'Consult' },
    plover: 'CONSULT',
    color: '#00b4d8',
  },
  {
    type: 'DEMANDS',
    label: 'demands',
    active: 'makes demands of',
    passive: 'faces demands from',
    description: 'Demands or repeatedly asks that the other act.',
    direction: 'the demanding actor demands of the other',
    symmetric: false,
    from: ACTORS,
    to: ACTORS,
    cameo: { code: '10', label: 'Demand' },
    plover: 'REQUEST',
    color: '#48cae4',
  },
  {
    type: 'APPEALS_TO',
    label: 'appeals to',
    active: 'appeals to',
    passive: 'is appealed to by',
    description: 'Turns to a third party or forum for help or pressure.',
    direction: 'the appellant appeals to the forum or third party',
    symmetric: false,
    from: ACTORS,
    to: ['Organisation', 'State', 'Government'],
    cameo: { code: '02', label: 'Make an appeal or request' },
    plover: 'REQUEST',
    color: '#90e0ef',
  },
  {
    type: 'ACCUSES',
    label: 'accuses',
    active: 'accuses',
    passive: 'is accused by',
    description: 'Accuses the other of wrongdoing.',
    direction: 'the accuser accuses the accused',
    symmetric: false,
    from: ACTORS,
    to: ACTORS,
    cameo: { code: '112', label: 'Accuse' },
    plover: 'ACCUSE',
    color: '#ffb703',
  },
  {
    type: 'CONDEMNS',
    label: 'condemns',
    active: 'condemns',
    passive: 'is condemned by',
    description: 'Criticises or denounces the other or its act.',
    direction: 'the critic condemns the criticised',
    symmetric: false,
    from: ACTORS,
    to: [...ACTORS, 'Event'],
    cameo: { code: '111', label: 'Criticize or denounce' },
    plover: 'ACCUSE',
    color: '#fb8500',
  },
  {
    type: 'REPORTS_ON',
    label: 'reports on',
    active: 'reports on',
    passive: 'is reported on by',
    description: 'Publishes figures or findings about the other (research institutes, the media).',
    direction: 'the reporter reports on the subject',
    symmetric: false,
    from: ['Organisation', 'Person', 'Government'],
    to: [...ACTORS, 'Place', 'Event'],
    cameo: { code: '010', label: 'Make statement' },
    color: '#adb5bd',
  },
  {
    type: 'RIVAL_OF',
    label: 'rival of',
    active: 'is a rival of',
    passive: 'is a rival of',
    description: 'Stands in enmity or competition with the other.',
    direction: 'symmetric: each is the rival of the other',
    symmetric: true,
    from: POLITIES,
    to: POLITIES,
    color: '#6c757d',
  },
  {
    type: 'WITHDREW_FROM',
    label: 'withdrew from',
    active: 'withdrew from',
    passive: 'saw the withdrawal of',
    description: 'Pulled its forces out of a country or place.',
    direction: 'the withdrawing actor withdrew from the place',
    symmetric: false,
    from: STATE_LIKE,
    to: AREAS,
    cameo: { code: '087', label: 'De-escalate military engagement' },
    plover: 'RETREAT',
    color: '#ced4da',
  },
  // Structure: membership, office, geography
  {
    type: 'MEMBER_OF',
    label: 'member of',
    active: 'is a member of',
    passive: 'has as a member',
    description: 'Belongs to a body or bloc.',
    direction: 'the member belongs to the body',
    symmetric: false,
    from: ['Person', 'State', 'Government', 'Organisation'],
    to: ['Organisation', 'Government'],
    color: '#457b9d',
  },
  {
    type: 'FACTION_OF',
    label: 'faction of',
    active: 'is a faction of',
    passive: 'has as a faction',
    description: 'Is a faction, wing or affiliate of a larger armed group.',
    direction: 'the faction belongs to the parent group',
    symmetric: false,
    from: ['ArmedGroup'],
    to: ['ArmedGroup'],
    color: '#e5989b',
  },
  {
    type: 'PART_OF',
    label: 'part of',
    active: 'is part of',
    passive: 'includes',
    description: 'Is an organ or branch of a larger body (a ministry of a government).',
    direction: 'the part belongs to the whole',
    symmetric: false,
    from: ['Government', 'Organisation'],
    to: ['Government', 'State', 'Organisation'],
    color: '#a8dadc',
  },
  {
    type: 'LEADS',
    label: 'leads',
    active: 'leads',
    passive: 'is led by',
    description: 'Heads or commands the group, body or government.',
    direction: 'the leader leads the led',
    symmetric: false,
    from: ['Person'],
    to: POLITIES,
    color: '#1d3557',
  },
  {
    type: 'REPRESENTS',
    label: 'represents',
    active: 'represents',
    passive: 'is represented by',
    description: 'Speaks or acts for: a minister, spokesperson, envoy or diplomat.',
    direction: 'the person represents the body',
    symmetric: false,
    from: ['Person'],
    to: POLITIES,
    color: '#264653',
  },
  {
    type: 'GOVERNS',
    label: 'governs',
    active: 'governs',
    passive: 'is governed by',
    description: 'Holds power over a country or territory.',
    direction: 'the government governs the territory',
    symmetric: false,
    from: ['Government'],
    to: AREAS,
    color: '#e9c46a',
  },
  {
    type: 'SEATED_IN',
    label: 'seated in',
    active: 'is seated in',
    passive: 'is the seat of',
    description: 'Has its seat in a city (a government and its capital).',
    direction: 'the body is seated in the city',
    symmetric: false,
    from: ['Government', 'Organisation'],
    to: ['Place'],
    color: '#f4a261',
  },
  {
    type: 'OPERATES_IN',
    label: 'operates in',
    active: 'operates in',
    passive: 'sees operations by',
    description: 'Is active in a place or country.',
    direction: 'the actor operates in the area',
    symmetric: false,
    from: POLITIES,
    to: AREAS,
    color: '#b5838d',
  },
  {
    type: 'LOCATED_IN',
    label: 'located in',
    active: 'is located in',
    passive: 'contains',
    description: 'Lies within a larger place or country.',
    direction: 'the place lies within the larger area',
    symmetric: false,
    from: ['Place'],
    to: AREAS,
    color: '#dee2e6',
  },
  // Events
  {
    type: 'CARRIED_OUT',
    label: 'carried out',
    active: 'carried out',
    passive: 'was carried out by',
    description: 'Carried out or claimed responsibility for an event.',
    direction: 'the perpetrator carried out the event',
    symmetric: false,
    from: [...ACTORS],
    to: ['Event'],
    color: '#d62828',
  },
  {
    type: 'PARTICIPATED_IN',
    label: 'participated in',
    active: 'took part in',
    passive: 'involved',
    description: 'Took part in an event (a meeting, a briefing).',
    direction: 'the participant took part in the event',
    symmetric: false,
    from: ACTORS,
    to: ['Event'],
    color: '#4895ef',
  },
  {
    type: 'OCCURRED_IN',
    label: 'occurred in',
    active: 'occurred in',
    passive: 'was the scene of',
    description: 'The event took place there.',
    direction: 'the event occurred in the place',
    symmetric: false,
    from: ['Event'],
    to: AREAS,
    color: '#b8b8ff',
  },
  {
    type: 'RESPONDS_TO',
    label: 'responds to',
    active: 'responded to',
    passive: 'was answered by',
    description: 'The event was a response or retaliation to an earlier one.',
    direction: 'the later event responds to the earlier',
    symmetric: false,
    from: ['Event'],
    to: ['Event'],
    color: '#ff7b00',
  },
  {
    type: 'KNEW_OF',
    label: 'knew of',
    active: 'knew in advance of',
    passive: 'was known in advance to',
    description:
      'Knew of an event before it happened (often only suspected: see the claim status).',
    direction: 'the actor knew of the event beforehand',
    symmetric: false,
    from: ACTORS,
    to: ['Event'],
    color: '#9d8189',
  },
] as const satisfies readonly RelationshipTypeInfo[];

export type RelationshipType = (typeof TYPES)[number]['type'];

export const RELATIONSHIP_TYPES: readonly RelationshipTypeInfo[] = TYPES;

export const RELATIONSHIP_TYPE_NAMES = TYPES.map((t) => t.type) as readonly RelationshipType[];

const BY_NAME = new Map<string, RelationshipTypeInfo>(TYPES.map((t) => [t.type, t]));

export function relationshipTypeInfo(type: string): RelationshipTypeInfo | undefined {
  return BY_NAME.get(type);
}

const INDEX = new Map<string, number>(TYPES.map((t, i) => [t.type, i]));

/** The type's position in the vocabulary (stores keep types as these small numbers), or -1. */
export function relationshipTypeIndex(type: string): number {
  return INDEX.get(type) ?? -1;
}

export function isRelationshipType(value: string): value is RelationshipType {
  return BY_NAME.has(value);
}
