// Facts read from the five articles, each asked through the API as an analyst would: look the actor
// up by a name the article uses, find the relationship of that type with that actor, in that
// direction, and check the claim's source, claimant, status and fact date (and its figure or
// quote). The reported date is checked against the source record. A later seed edit cannot drop
// or bend one of these without a failing test naming it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ClaimStatus } from '../../src/domain/schema.js';
import type { ActorRelationship, ClaimWithSource } from '../../src/store/types.js';
import { startSeeded, type Api } from '../api/harness.js';

const SOURCES = {
  '000': { id: '000_27bb42572bf5a56f', reported: '2024-12' },
  '001': { id: '001_bc84858fea6a1ab7', reported: '2025-01' },
  '002': { id: '002_771c34632312a8ad', reported: '2026-01-10' },
  '003': { id: '003_9d1568fff4adaaae', reported: null },
  '004': { id: '004_b9d91eb74d9ded6c', reported: '2024-12' },
} as const;
type Src = keyof typeof SOURCES;

interface Fact {
  /** What the article says, in our words. */
  fact: string;
  /** The actor as an analyst would type it. */
  ask: string;
  type: string;
  other: string;
  direction: 'out' | 'in' | 'both';
  source: Src;
  by: string;
  status: ClaimStatus;
  /** Start of the fact's date, or null when the text gives none. */
  happened: string | null;
  figure?: [measure: string, value: number];
  quote?: string;
}

const f = (
  fact: string,
  ask: string,
  type: string,
  direction: Fact['direction'],
  other: string,
  source: Src,
  by: string,
  status: ClaimStatus,
  happened: string | null,
  extra: Pick<Fact, 'figure' | 'quote'> = {},
): Fact => ({ fact, ask, type, other, direction, source, by, status, happened, ...extra });

// prettier-ignore
const FACTS: Fact[] = [
  // 000: Pakistan Targets Terrorists Amid Taliban Talks (News Desk)
  f('Pakistan held talks with senior Afghan Taliban officials', 'Islamabad', 'NEGOTIATES_WITH', 'both', 'afghan-interim-government', '000', 'author', 'reported', '2024-12'),
  f('security sources: Pakistani jets hit suspected TTP camps', 'Pakistan military', 'STRIKES', 'out', 'ttp', '000', 'unnamed', 'reported', '2024-12'),
  f('security sources: the camps struck were in Paktika', 'Paktika strikes', 'OCCURRED_IN', 'out', 'paktika', '000', 'unnamed', 'reported', '2024-12'),
  f('security sources call the targets suspected TTP camps', 'TTP', 'OPERATES_IN', 'out', 'paktika', '000', 'unnamed', 'alleged', '2024-12'),
  f('the desk reads the strikes as a warning to the Taliban', 'Pakistan', 'THREATENS', 'out', 'afghan-interim-government', '000', 'author', 'assessed', '2024-12'),
  f('Pakistan ready to strike anti-Pakistan elements in Afghanistan', 'Pakistan', 'THREATENS', 'out', 'afghan-based-militant-groups', '000', 'author', 'assessed', '2024-12'),
  f('repeated appeals to Kabul to curb terrorist groups', 'Pakistan', 'DEMANDS', 'out', 'afghan-interim-government', '000', 'author', 'reported', '2024'),
  f('the Afghan Taliban took no concrete action', 'Taliban', 'ACTS_AGAINST', 'out', 'afghan-based-militant-groups', '000', 'author', 'disputed', '2024'),
  f('the TTP assaulted a South Waziristan post', 'TTP', 'CARRIED_OUT', 'out', 'south-waziristan-attack-2024-12', '000', 'author', 'reported', '2024'),
  f('16 soldiers died in the post attack', 'South Waziristan post attack', 'TARGETS', 'out', 'pakistan-security-forces', '000', 'author', 'reported', '2024', { figure: ['soldiers killed', 16] }),
  f('hundreds of militant attacks in the outgoing year', 'militant attacks in 2024', 'OCCURRED_IN', 'out', 'pakistan', '000', 'author', 'reported', '2024'),
  f('many attacks traced to groups operating from Afghan soil', 'anti-Pakistan groups', 'CARRIED_OUT', 'out', 'militant-violence-2024', '000', 'author', 'reported', '2024'),
  f('the first 2024 strike on hideouts in Afghanistan was in March', 'Pakistan', 'CARRIED_OUT', 'out', 'strikes-2024-03', '000', 'author', 'reported', '2024-03'),
  f('the March strike hit militant hideouts', 'March 2024 strikes', 'TARGETS', 'out', 'afghan-based-militant-groups', '000', 'author', 'reported', '2024-03'),
  f('reports: the Taliban began moving militants from the border', 'Kabul', 'ACTS_AGAINST', 'out', 'afghan-based-militant-groups', '000', 'unnamed', 'alleged', '2024-12'),
  f('recommendation: keep pressure on Kabul through sustained dialogue', 'Pakistan', 'DEMANDS', 'out', 'afghan-interim-government', '000', 'author', 'proposed', null),
  f('recommendation: enhanced border monitoring', 'Pakistan', 'OPERATES_IN', 'out', 'pakistan-afghanistan-border', '000', 'author', 'proposed', null),
  f('recommendation: deny militant groups strongholds', 'Pakistan', 'ACTS_AGAINST', 'out', 'militant-groups', '000', 'author', 'proposed', null),
  f('Pakistan’s envoy held the talks', 'Pakistan’s Special Representative for Afghanistan', 'PARTICIPATED_IN', 'out', 'sadiq-kabul-meetings-2024-12', '000', 'author', 'reported', '2024-12'),
  f('Paktika is on Afghan territory', 'Paktika province', 'LOCATED_IN', 'out', 'afghanistan', '000', 'author', 'reported', null),

  // 001: Stratheia opinion by Waqas Ali
  f("Pakistan's Military struck TTP hideouts on 24 December 2024", "Pakistan's military", 'STRIKES', 'out', 'ttp', '001', 'author', 'reported', '2024-12-24'),
  f('the military carried out the 24 December strikes', "Pakistan's military", 'CARRIED_OUT', 'out', 'strikes-2024-12-24', '001', 'author', 'reported', '2024-12-24'),
  f('the Taliban retaliated on 28 December', 'Afghan Taliban', 'CARRIED_OUT', 'out', 'afghan-retaliation-2024-12-28', '001', 'author', 'reported', '2024-12-28'),
  f('the retaliation answered the strikes', 'December 28 retaliation', 'RESPONDS_TO', 'out', 'strikes-2024-12-24', '001', 'author', 'reported', '2024-12-28'),
  f('Khairkhwa called the TTP honoured guests to keep sheltering', 'TTP', 'SHELTERS', 'in', 'afghan-interim-government', '001', 'khairullah-khairkhwa', 'reported', null, { quote: 'honored guests' }),
  f("Islamabad's concern that Kabul gives the TTP sanctuary", 'Kabul', 'SHELTERS', 'out', 'ttp', '001', 'pakistan', 'alleged', null),
  f('Khairkhwa is minister of information', 'Mullah Khairullah Khairkhwa', 'REPRESENTS', 'out', 'afghan-interim-government', '001', 'author', 'reported', null),
  f('Misri met Muttaqi', 'Vikram Misri', 'MEETS', 'both', 'amir-khan-muttaqi', '001', 'author', 'reported', null),
  f('Misri is India’s foreign secretary', 'Misri', 'REPRESENTS', 'out', 'india', '001', 'author', 'reported', null),
  f('Muttaqi is acting foreign minister', 'Muttaqi', 'REPRESENTS', 'out', 'afghan-interim-government', '001', 'author', 'reported', null),
  f('the author reads India’s aim as using Afghan territory', 'India', 'NEGOTIATES_WITH', 'both', 'afghan-interim-government', '001', 'author', 'assessed', null),
  f('the Taliban came to power in 2021', 'Taliban', 'CARRIED_OUT', 'out', 'taliban-return-2021', '001', 'author', 'reported', '2021'),
  f('CRSS: 444 attacks in 2024', 'CRSS', 'REPORTS_ON', 'out', 'militant-violence-2024', '001', 'crss', 'reported', '2024', { figure: ['attacks', 444] }),
  f('CRSS: over 1,612 fatalities', 'Centre for Research and Security Studies', 'REPORTS_ON', 'out', 'militant-violence-2024', '001', 'crss', 'reported', '2024', { figure: ['fatalities', 1612] }),
  f('CRSS: a deadly year for security forces', '2024 terrorist attacks in Pakistan', 'TARGETS', 'out', 'pakistan-security-forces', '001', 'crss', 'reported', '2024'),
  f('CRSS: a deadly year for civilians', '2024 terrorist attacks in Pakistan', 'TARGETS', 'out', 'pakistani-civilians', '001', 'crss', 'reported', '2024'),
  f('CPEC among the projects impacted', 'CPEC', 'TARGETS', 'in', 'militant-violence-2024', '001', 'author', 'reported', '2024'),
  f('the BLA increased operations on security personnel', 'BLA', 'TARGETS', 'out', 'pakistan-security-forces', '001', 'author', 'reported', '2024'),
  f('the BLA increased operations on Chinese workers', 'Baloch Liberation Army', 'TARGETS', 'out', 'chinese-workers', '001', 'author', 'reported', '2024'),
  f('some analysts: left-behind US weapons reached terrorist groups', 'US', 'WITHDREW_FROM', 'out', 'afghanistan', '001', 'unnamed', 'alleged', null),
  f('Taliban backing emboldened the TTP', 'Taliban government', 'SUPPORTS', 'out', 'ttp', '001', 'author', 'reported', '2024'),
  f('the Taliban refused to act against the TTP', 'Taliban government', 'ACTS_AGAINST', 'out', 'ttp', '001', 'author', 'disputed', '2024'),
  f('Pakistan made many requests to act against the TTP', 'Pakistan', 'DEMANDS', 'out', 'afghan-interim-government', '001', 'author', 'reported', '2024'),
  f('India hopes for trade with Iran', 'India', 'TRADES_WITH', 'both', 'iran', '001', 'author', 'speculated', null),
  f('India hopes for trade with Central Asia', 'Central Asia', 'TRADES_WITH', 'both', 'india', '001', 'author', 'speculated', null),
  f('the Taliban allowed to use Chabahar', 'Chabahar port', 'TRADES_THROUGH', 'in', 'afghan-interim-government', '001', 'author', 'reported', null),
  f('Chabahar is in Iran', 'Chabahar', 'LOCATED_IN', 'out', 'iran', '001', 'author', 'reported', null),
  f("Pakistan's role as Afghanistan's main corridor", 'Afghanistan', 'TRADES_THROUGH', 'out', 'pakistan', '001', 'author', 'reported', null),
  f('Balochistan and KP: 95% of attacks', 'Baluchistan', 'OCCURRED_IN', 'in', 'militant-violence-2024', '001', 'author', 'reported', '2024', { figure: ['share of attacks', 95] }),
  f('proposal: use the OIC', 'OIC', 'APPEALS_TO', 'in', 'pakistan', '001', 'author', 'proposed', null),
  f('proposal: use the SCO', 'Shanghai Cooperation Organization', 'APPEALS_TO', 'in', 'pakistan', '001', 'author', 'proposed', null),
  f('proposal: fight ISKP together', 'Pakistan', 'COOPERATES_WITH', 'both', 'afghan-interim-government', '001', 'author', 'proposed', null),
  f('proposal: help the Taliban form ties with the West', 'the West', 'COOPERATES_WITH', 'both', 'afghan-interim-government', '001', 'author', 'proposed', null),
  f('ISKP the Taliban’s enemy', 'ISKP', 'RIVAL_OF', 'both', 'afghan-interim-government', '001', 'author', 'reported', null),
  f('the author studies at the University of Sindh', 'Waqas Ali', 'MEMBER_OF', 'out', 'university-of-sindh', '001', 'author', 'reported', null),
  f('the author interns at IPRI', 'Waqas Ali', 'MEMBER_OF', 'out', 'ipri', '001', 'author', 'reported', null),
  f('proposal: a counter-terrorism strategy beyond force', 'Pakistan', 'ACTS_AGAINST', 'out', 'militant-groups', '001', 'author', 'proposed', null),

  // 002: Dawn editorial, Anti-terrorism fight (10 January 2026): it dates none of its facts.
  f('ICG: Pakistan hit hardest by the Taliban’s return', 'International Crisis Group', 'REPORTS_ON', 'out', 'pakistan', '002', 'international-crisis-group', 'reported', null),
  f('the Taliban failed to curb the TTP', 'Afghan Taliban', 'ACTS_AGAINST', 'out', 'ttp', '002', 'author', 'disputed', null),
  f('TTP attacks killed hundreds of soldiers and police', 'TTP', 'TARGETS', 'out', 'pakistan-security-forces', '002', 'author', 'reported', null),
  f('Islamabad leans on force against the TTP threat', 'Islamabad', 'ACTS_AGAINST', 'out', 'ttp', '002', 'author', 'reported', null),
  f('border closures and deportations', 'Pakistan', 'SANCTIONS', 'out', 'afghanistan', '002', 'author', 'reported', null),
  f('the Taliban permitted the TTP and other groups to operate', 'Kabul', 'SHELTERS', 'out', 'ttp', '002', 'author', 'reported', null),
  f('the editor’s reading of Taliban reluctance', 'Taliban', 'ACTS_AGAINST', 'out', 'afghan-based-militant-groups', '002', 'author', 'assessed', null),
  f('from manageable neighbour to source of instability', 'Afghan Interim Government', 'RIVAL_OF', 'both', 'pakistan', '002', 'author', 'assessed', null),
  f('China retains channels into Kabul', 'China', 'NEGOTIATES_WITH', 'both', 'afghan-interim-government', '002', 'author', 'reported', null),
  f('the Gulf states retain channels into Kabul', 'Gulf states', 'NEGOTIATES_WITH', 'both', 'afghan-interim-government', '002', 'author', 'reported', null),
  f('proposal: trade access as an incentive', 'Afghanistan', 'TRADES_WITH', 'both', 'pakistan', '002', 'author', 'proposed', null),
  f('proposal: internal reforms as core to security', 'Pakistan', 'ACTS_AGAINST', 'out', 'militant-groups', '002', 'author', 'proposed', null),

  // 003: editorial on Pakistan's limited options (undated)
  f('Asif called Afghanistan the source of terrorism', 'Khawaja Asif', 'ACCUSES', 'out', 'afghanistan', '003', 'khawaja-asif', 'reported', null, { quote: 'the source of terrorism' }),
  f('Asif is Pakistan’s defence minister', 'Khawaja Asif', 'REPRESENTS', 'out', 'pakistan', '003', 'author', 'reported', null),
  f('Asif: cooperation from Kabul is not available', 'Kabul', 'COOPERATES_WITH', 'both', 'pakistan', '003', 'khawaja-asif', 'denied', null, { quote: 'cooperation from Kabul' }),
  f('the UN envoy: well-founded concerns over terrorist groups', 'TTP', 'OPERATES_IN', 'out', 'afghanistan', '003', 'un-special-representative-afghanistan', 'reported', null, { quote: 'well-founded concerns' }),
  f('the UN envoy named IS among the groups', 'ISIS', 'OPERATES_IN', 'out', 'afghanistan', '003', 'un-special-representative-afghanistan', 'reported', null),
  f('the UN envoy: long the source of instability and terrorism', 'UN envoy for Afghanistan', 'REPORTS_ON', 'out', 'afghanistan', '003', 'un-special-representative-afghanistan', 'reported', null, { quote: 'has long been the source of instability and terrorism' }),
  f('the Taliban constantly deny terrorists use their territory', 'Taliban', 'SHELTERS', 'out', 'afghan-based-militant-groups', '003', 'afghan-interim-government', 'denied', null),
  f('militants operational within Afghanistan, widely acknowledged', 'militant groups in Afghanistan', 'OPERATES_IN', 'out', 'afghanistan', '003', 'author', 'reported', null),
  f('shared ideology: unrealistic to expect the Taliban to destroy the TTP', 'Taliban', 'ACTS_AGAINST', 'out', 'ttp', '003', 'author', 'assessed', null),
  f('suspicion of aiding and abetting, if Kabul falls short', 'Kabul', 'SUPPORTS', 'out', 'ttp', '003', 'author', 'speculated', null),
  f('Taliban representatives: places out of their control', 'Islamic Emirate', 'GOVERNS', 'out', 'afghanistan', '003', 'afghan-interim-government', 'reported', null),
  f('proposal: neighbours coordinate, China among them', 'China', 'COOPERATES_WITH', 'both', 'pakistan', '003', 'author', 'proposed', null),
  f('proposal: neighbours coordinate, Iran among them', 'Iran', 'COOPERATES_WITH', 'both', 'pakistan', '003', 'author', 'proposed', null),
  f('proposal: keep diplomatic channels open', 'Pakistan', 'NEGOTIATES_WITH', 'both', 'afghan-interim-government', '003', 'author', 'proposed', null),
  f('proposal: harsh consequences for militant groups', 'Pakistan', 'THREATENS', 'out', 'militant-groups', '003', 'author', 'proposed', null),

  // 004: Pakistan's TTP Challenge: Strikes, Talks, and Solutions
  f('Pakistan struck TTP hideouts in Barmal on 24 December', 'Pakistan', 'STRIKES', 'out', 'ttp', '004', 'author', 'reported', '2024-12-24'),
  f('the strikes hit Barmal', 'Barmal strikes', 'OCCURRED_IN', 'out', 'barmal', '004', 'author', 'reported', '2024-12-24'),
  f('Barmal is in Paktika', 'Bermal', 'LOCATED_IN', 'out', 'paktika', '004', 'author', 'reported', null),
  f('the AIG confirmed the attacks', 'Pakistan', 'CARRIED_OUT', 'out', 'strikes-2024-12-24', '004', 'afghan-interim-government', 'reported', '2024-12-24'),
  f('Kabul: at least 46 killed, civilians', 'Civilians in Paktika', 'TARGETS', 'in', 'strikes-2024-12-24', '004', 'afghan-interim-government', 'alleged', '2024-12-24', { figure: ['killed', 46] }),
  f('Pakistan: the dead were TTP affiliates, not civilians', 'civilians in Barmal', 'TARGETS', 'in', 'strikes-2024-12-24', '004', 'pakistan', 'denied', '2024-12-24'),
  f('the TTP claimed civilian casualties', 'Afghan civilians in Paktika', 'TARGETS', 'in', 'strikes-2024-12-24', '004', 'ttp', 'alleged', '2024-12-24'),
  f('the article: over 30 militants killed', 'December 24 strikes', 'TARGETS', 'out', 'ttp', '004', 'author', 'reported', '2024-12-24', { figure: ['militants killed', 30] }),
  f('the article: 15 suicide bombers among them', 'December 24 strikes', 'TARGETS', 'out', 'ttp', '004', 'author', 'reported', '2024-12-24', { figure: ['suicide bombers killed', 15] }),
  f('Hafiz Gul Bahadur members among the dead', 'HGB', 'TARGETS', 'in', 'strikes-2024-12-24', '004', 'author', 'reported', '2024-12-24'),
  f('Khowarazami: cowardly act', 'Afghan Interim Government', 'CONDEMNS', 'out', 'strikes-2024-12-24', '004', 'enayatullah-khowarazami', 'reported', '2024-12', { quote: 'cowardly act' }),
  f('Khowarazami: will not leave it unanswered', 'Islamic Emirate', 'THREATENS', 'out', 'pakistan', '004', 'enayatullah-khowarazami', 'reported', '2024-12', { quote: 'will not leave this cowardly act unanswered' }),
  f('Khowarazami: arbitrary measures solve nothing', 'AIG', 'CONDEMNS', 'out', 'pakistan', '004', 'enayatullah-khowarazami', 'reported', '2024-12', { quote: 'such arbitrary measures are not a solution to any problem' }),
  f('speculation that the AIG knew of the strikes', 'AIG', 'KNEW_OF', 'out', 'strikes-2024-12-24', '004', 'unnamed', 'speculated', '2024-12-24'),
  f('Islamabad accuses the AIG of harbouring TTP militants', 'TTP', 'SHELTERS', 'in', 'afghan-interim-government', '004', 'pakistan', 'alleged', '2024'),
  f('Kabul denies its territory is used', 'TTP', 'SHELTERS', 'in', 'afghan-interim-government', '004', 'afghan-interim-government', 'denied', '2024'),
  f('over 1,500 violent incidents this year', 'Pakistan', 'OCCURRED_IN', 'in', 'militant-violence-2024', '004', 'author', 'reported', '2024', { figure: ['violent incidents', 1500] }),
  f('Interior Ministry: at least 570 law enforcement dead', 'Pakistan’s Interior Ministry', 'REPORTS_ON', 'out', 'militant-violence-2024', '004', 'pakistan-interior-ministry', 'reported', '2024', { figure: ['law-enforcement personnel killed', 570] }),
  f('Interior Ministry: 351 civilians dead', 'Pakistani civilians', 'TARGETS', 'in', 'militant-violence-2024', '004', 'pakistan-interior-ministry', 'reported', '2024', { figure: ['civilians killed', 351] }),
  f('PICSS: over 856 attacks in 2024', 'PICSS', 'REPORTS_ON', 'out', 'militant-violence-2024', '004', 'picss', 'reported', '2024', { figure: ['attacks', 856] }),
  f('PICSS: 645 the year before', 'PICSS', 'REPORTS_ON', 'out', 'militant-violence-2024', '004', 'picss', 'reported', '2024', { figure: ['attacks in 2023', 645] }),
  f('the TTP exploits divisions in Lower Kurram', 'TTP', 'OPERATES_IN', 'out', 'lower-kurram', '004', 'author', 'reported', '2024'),
  f('Jadoon: 6,000 TTP fighters in Afghanistan', 'TTP', 'OPERATES_IN', 'out', 'afghanistan', '004', 'usman-iqbal-jadoon', 'alleged', '2024-12', { figure: ['fighters', 6000] }),
  f('Jadoon spoke for Pakistan at the UN briefing', 'Jadoon', 'REPRESENTS', 'out', 'pakistan', '004', 'author', 'reported', '2024-12'),
  f('Jadoon: the TTP threatens Pakistan daily', 'Pakistan', 'TARGETS', 'in', 'ttp', '004', 'usman-iqbal-jadoon', 'reported', '2024-12', { quote: 'a direct and daily threat' }),
  f('Pakistan told the UNSC of thousands of TTP fighters sheltering', 'Security Council', 'APPEALS_TO', 'in', 'pakistan', '004', 'author', 'reported', '2024-12'),
  f('Sadiq met Haqqani in Kabul', 'Mohammad Sadiq', 'MEETS', 'both', 'sirajuddin-haqqani', '004', 'author', 'reported', '2024-12'),
  f('the Kabul meetings were in Kabul', "Pakistan's special representative's Kabul talks", 'OCCURRED_IN', 'out', 'kabul-city', '004', 'author', 'reported', '2024-12'),
  f('the strikes were a message to Kabul (reading)', 'Pakistan', 'THREATENS', 'out', 'afghan-interim-government', '004', 'author', 'assessed', '2024-12-24'),
  f('$54 million fall in Afghan trade', 'Pakistan', 'SANCTIONS', 'out', 'afghanistan', '004', 'author', 'reported', '2024-01', { figure: ['fall in Afghan trade', 54_000_000] }),
  f('Kabul turned down its traders’ calls for talks', 'Afghan traders', 'DEMANDS', 'out', 'afghan-interim-government', '004', 'author', 'reported', '2024'),
  f('the first strike took place in March 2024', 'March 2024 strikes', 'TARGETS', 'out', 'ttp', '004', 'author', 'reported', '2024-03'),
  f('Yousafzai: a toothless government', 'Sami Yousafzai', 'REPORTS_ON', 'out', 'afghan-interim-government', '004', 'sami-yousafzai', 'assessed', null),
  f('Yousafzai: the 1996–2001 regime fell over al-Qaeda', 'Al Qaeda', 'SUPPORTS', 'in', 'taliban-regime-1996-2001', '004', 'sami-yousafzai', 'reported', '1996'),
  f('the TTP ran a propaganda campaign after the strikes', 'Pakistani Taliban', 'CARRIED_OUT', 'out', 'ttp-propaganda-campaign-2024-12', '004', 'author', 'reported', '2024-12'),
  f('the TTP claimed the 16 soldiers', 'TTP', 'CARRIED_OUT', 'out', 'south-waziristan-attack-2024-12', '004', 'ttp', 'reported', '2024'),
  f('operations in Waziristan were under way', 'security personnel', 'OPERATES_IN', 'out', 'waziristan', '004', 'author', 'reported', '2024-12-24'),
  f('reports: Kabul relocating the TTP from the border', 'Kabul', 'ACTS_AGAINST', 'out', 'ttp', '004', 'unnamed', 'alleged', '2024-12'),
  f('proposal: rally Russia', 'Russia', 'APPEALS_TO', 'in', 'pakistan', '004', 'author', 'proposed', null),
];

let api: Api;
let dir: string;
const actors = new Map<string, ActorRelationship[]>();

/** The actor's relationships as GET /api/actors/:name gives them (grouped by type there). */
async function relationshipsOf(name: string): Promise<ActorRelationship[]> {
  const cached = actors.get(name);
  if (cached) return cached;
  const reply = await api.get(`/api/actors/${encodeURIComponent(name)}`);
  expect(reply.status, `GET /api/actors/${name}`).toBe(200);
  const groups = reply.json.groups as Array<{ relationships: ActorRelationship[] }>;
  const rels = groups.flatMap((g) => g.relationships);
  actors.set(name, rels);
  return rels;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-facts-'));
  api = await startSeeded(dir);
});

afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

test('the regression set covers at least 80 facts and every article', () => {
  expect(FACTS.length).toBeGreaterThanOrEqual(80);
  expect(new Set(FACTS.map((x) => x.source))).toEqual(new Set(Object.keys(SOURCES)));
});

describe.each(FACTS.map((x) => [`${x.source}: ${x.fact}`, x] as const))('%s', (_, fact) => {
  test('is in the graph as read, through the API', async () => {
    const rel = (await relationshipsOf(fact.ask)).find(
      (r) => r.type === fact.type && r.other.id === fact.other && r.direction === fact.direction,
    );
    expect(rel, `${fact.ask} ${fact.type} (${fact.direction}) ${fact.other}`).toBeDefined();
    const source = SOURCES[fact.source];
    const candidates = rel!.claims.filter(
      (c: ClaimWithSource) =>
        c.source === source.id &&
        c.claimedBy === fact.by &&
        c.status === fact.status &&
        (c.date?.start ?? null) === fact.happened &&
        (!fact.quote || c.quote?.includes(fact.quote)) &&
        (!fact.figure ||
          c.figures?.some(
            (g) => g.measure.includes(fact.figure![0]) && g.value === fact.figure![1],
          )),
    );
    expect(
      candidates.map((c) => c.summary),
      `claims on ${rel!.id}: ${JSON.stringify(rel!.claims.map((c) => [c.source.slice(0, 3), c.claimedBy, c.status, c.date?.start]))}`,
    ).toHaveLength(1);
    // The reported date is the source's, apart from when the fact happened.
    expect(candidates[0]!.sourceInfo.published?.start ?? null).toBe(source.reported);
  });
});

describe('what the articles do not say stays out', () => {
  test('a January 2026 window (Dawn’s publication month) shows no strike and no dated Dawn fact', async () => {
    const reply = await api.get('/api/graph?from=2026-01&to=2026-01');
    expect(reply.status).toBe(200);
    const edges = reply.json.edges as Array<{ id: string; type: string; span?: unknown }>;
    expect(edges.filter((e) => e.type === 'STRIKES')).toEqual([]);
    // Only undated relationships are left in a month no article dates a fact in.
    expect(edges.filter((e) => e.span !== undefined)).toEqual([]);
  });

  test.each([
    ['India', 'RIVAL_OF', 'pakistan'],
    ['BLA', 'TARGETS', 'china'],
    ['BLA', 'TARGETS', 'cpec'],
    ['HGB', 'ALLIED_WITH', 'ttp'],
    ['Taliban', 'ALLIED_WITH', 'ttp'],
  ])('%s %s %s: a tie no article states', async (ask, type, other) => {
    const rels = await relationshipsOf(ask);
    expect(rels.filter((r) => r.type === type && r.other.id === other)).toEqual([]);
  });

  test('no article that reports no strike is evidence that Pakistan struck the TTP', async () => {
    const rels = await relationshipsOf('Pakistan');
    const strikes = rels.find((r) => r.type === 'STRIKES' && r.other.id === 'ttp')!;
    expect(strikes.claims.map((c) => c.source)).toEqual([SOURCES['004'].id]);
    expect(strikes.claims.every((c) => c.status === 'reported')).toBe(true);
  });

  test('Kabul’s condemnation of the strikes is reported, not merely alleged', async () => {
    const rels = await relationshipsOf('AIG');
    const condemns = rels.find(
      (r) => r.type === 'CONDEMNS' && r.other.id === 'strikes-2024-12-24',
    )!;
    expect(condemns.claims.map((c) => c.status)).toEqual(['reported']);
  });
});
