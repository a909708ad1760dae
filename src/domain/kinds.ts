// Actor kinds and their colours: the one place the store, API, CLI and web read them from.

export const ACTOR_KINDS = [
  'ArmedGroup',
  'Government',
  'State',
  'Organisation',
  'Person',
  'Place',
  'Event',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface ActorKindInfo {
  kind: ActorKind;
  label: string;
  description: string;
  /** Hex colour used by the web legend and exports. */
  color: string;
}

export const ACTOR_KIND_INFO: Record<ActorKind, ActorKindInfo> = {
  ArmedGroup: {
    kind: 'ArmedGroup',
    label: 'Armed group',
    description: 'A non-state armed or militant group, or a faction of one.',
    color: '#d1495b',
  },
  Government: {
    kind: 'Government',
    label: 'Government',
    description:
      'A governing authority or one of its organs: ministries, armed forces, diplomatic missions.',
    color: '#edae49',
  },
  State: {
    kind: 'State',
    label: 'State',
    description: 'A sovereign country, or a named group of countries acting as one bloc.',
    color: '#00798c',
  },
  Organisation: {
    kind: 'Organisation',
    label: 'Organisation',
    description:
      'An intergovernmental body, research institute, media outlet or other organisation.',
    color: '#6a4c93',
  },
  Person: {
    kind: 'Person',
    label: 'Person',
    description:
      'A named individual, an office-holder the sources name only by role, or a group of people ' +
      'named as targets or victims (Chinese workers, civilians).',
    color: '#3d7a3d',
  },
  Place: {
    kind: 'Place',
    label: 'Place',
    description: 'A city, district, province, region, border area or facility.',
    color: '#8d99ae',
  },
  Event: {
    kind: 'Event',
    label: 'Event',
    description: 'A dated occurrence: a strike, an attack, a meeting, a briefing.',
    color: '#f3722c',
  },
};

export function isActorKind(value: string): value is ActorKind {
  return (ACTOR_KINDS as readonly string[]).includes(value);
}
