// The organizations of the synthetic corpus and how often each organizes: a head of real names (States from the
// ISO list, organizations of ingest/reference/organizations.yaml) that organize thousands of events, and a long
// tail of synthetic NGOs and institutes that organize one or two. Every name is kept only if the real organizer
// splitter reads it as one name and the real resolver maps it to the expected organization, in each way a
// layout writes it, so the corpus tests the pipeline rather than the generator's luck.
import countries from 'i18n-iso-countries';
import { splitLeadList } from '../../ingest/parse/organizer-list.js';
import type { OrganizationResolver } from '../../src/domain/organizations.js';
import type { Random } from './random.js';

export interface ScaleOrganization {
  /** Canonical name, written bare (tab rows, table). */
  name: string;
  /** As running text writes it: "the Government of Italy", "the Small Arms Survey". */
  prose: string;
  /** The resolver's key, which the graph must end up with. */
  key: string;
  kind: 'STATE' | 'CATALOGUE' | 'SYNTHETIC';
}

/** The flagship asks about this organization, so it heads the distribution when the catalogue has it. */
export const BUSIEST = 'Global Initiative against Transnational Organized Crime';

// Fictional places and fields for the tail: none is a State, and none is within typo distance of a catalogue name.
const PLACES = [
  'Ardenne',
  'Belvora',
  'Caldera',
  'Dunmore',
  'Eastvale',
  'Farrow',
  'Glenmark',
  'Halden',
  'Istria Nova',
  'Jurmala',
  'Kestrel',
  'Lowmoor',
  'Meridian',
  'Northmarch',
  'Oakhaven',
  'Pellworth',
  'Quarry Bay',
  'Ravensholm',
  'Silverbeck',
  'Tamsin',
  'Umberleigh',
  'Valdoria',
  'Westerlund',
  'Yarrowdale',
  'Zennor',
  'Amberley',
  'Brightwater',
  'Coldharbour',
  'Driftwood',
  'Elmstead',
  'Foxmere',
  'Greystone',
  'Hollowell',
  'Ivybridge',
  'Juniper Coast',
  'Kingsreach',
  'Larkspur',
  'Millbrook',
  'Netherby',
  'Orchard Isles',
  'Pinecrest',
  'Redcliffe',
  'Stonebridge',
  'Thornbury',
  'Upperton',
  'Violet Bay',
  'Willowmere',
  'Brackenridge',
  'Copperfield',
  'Deepwater',
  'Emberton',
  'Fairhaven',
  'Goldcrest',
  'Harrowgate',
  'Ironbridge',
  'Lindqvist',
  'Marlowe',
  'Norcastle',
  'Oldwick',
  'Penrith Vale',
];
const HEADS = [
  'Institute',
  'Foundation',
  'Network',
  'Centre',
  'Coalition',
  'Observatory',
  'Society',
  'Academy',
  'Forum',
  'Initiative',
  'Alliance',
  'Council',
];
const FIELDS = [
  'Maritime Security',
  'Victim Support',
  'Criminal Justice Reform',
  'Financial Integrity',
  'Wildlife Protection',
  'Border Studies',
  'Youth Resilience',
  'Cyber Policy',
  'Rule of Law',
  'Migrant Rights',
  'Firearms Control',
  'Anti-Corruption Research',
  'Forensic Science',
  'Cultural Heritage Protection',
  'Community Safety',
  'Legal Empowerment',
  'Supply Chain Integrity',
  'Environmental Justice',
  'Public Health Policy',
  'Drug Policy',
];

/** Every synthetic name the tail can draw from, in a fixed order (shuffled by the caller's seed). */
export function syntheticNames(): string[] {
  const names: string[] = [];
  for (const field of FIELDS)
    for (const head of HEADS)
      for (const place of PLACES)
        names.push(
          head === 'Institute' || head === 'Centre' ? `${place} ${head} for ${field}` : `${place} ${field} ${head}`,
        );
  return names;
}

// Characters the layouts use as separators ("/" and ":" in the table, "," in lists, "(" for partners).
const SEPARATORS = /[,/;:()&]|\bwith\b|\band\b/i;

function readsAsOne(surface: string): boolean {
  const mentions = splitLeadList({ text: surface, lines: [...surface].map(() => 1) }, 'check.txt').organizers;
  return mentions.length === 1 && mentions[0]?.text === surface;
}

/** The name if the splitter and the resolver read it (bare and in prose) as the organization `expect` says. */
function checked(
  resolver: OrganizationResolver,
  name: string,
  prose: string,
  kind: ScaleOrganization['kind'],
): ScaleOrganization | null {
  if (SEPARATORS.test(name)) return null;
  const bare = [resolver.resolve(name)];
  const inProse = [resolver.resolve(prose)];
  if (bare.length !== 1 || inProse.length !== 1 || bare[0]!.key !== inProse[0]!.key) return null;
  if (!readsAsOne(name) || !readsAsOne(prose)) return null;
  const resolved = bare[0]!;
  if ((kind === 'STATE') !== (resolved.kind === 'STATE')) return null;
  if ((kind === 'SYNTHETIC') === resolved.known) return null;
  return { name, prose, key: resolved.key, kind };
}

export interface OrganizationPool {
  /** By rank: rank 0 organizes the most events. */
  ranked: ScaleOrganization[];
  /** How many of `ranked` form the head (real names drawn by a Zipf law); the rest is the long tail. */
  head: number;
}

/**
 * `total` organizations: the head (States and catalogue names, the busiest first) is 3.5 % of them (at least
 * ten, at most what exists), the rest are synthetic. Deterministic for a seed.
 */
export function organizationPool(resolver: OrganizationResolver, total: number, random: Random): OrganizationPool {
  const seen = new Set<string>();
  const keep = (o: ScaleOrganization | null): o is ScaleOrganization => {
    if (o === null || seen.has(o.key)) return false;
    seen.add(o.key);
    return true;
  };
  const catalogue = resolver
    .catalogue()
    .filter((o) => o.kind !== 'STATE')
    .map(
      (o) => checked(resolver, o.name, `the ${o.name}`, 'CATALOGUE') ?? checked(resolver, o.name, o.name, 'CATALOGUE'),
    )
    .filter(keep);
  const states = Object.values(countries.getNames('en', { select: 'official' }))
    .sort()
    .map((n) => resolver.resolve(n).name)
    .map((n) => checked(resolver, n, `the Government of ${n}`, 'STATE'))
    .filter(keep);
  const busiest = catalogue.findIndex((o) => o.name === BUSIEST);
  const first = busiest >= 0 ? catalogue.splice(busiest, 1) : [];
  const realNames = [...first, ...random.shuffle([...states, ...catalogue])];
  const head = Math.min(realNames.length, Math.max(10, Math.round(total * 0.035)), total);
  const tail: ScaleOrganization[] = [];
  for (const name of random.shuffle(syntheticNames())) {
    if (tail.length >= total - head) break;
    const o = checked(resolver, name, `the ${name}`, 'SYNTHETIC');
    if (keep(o)) tail.push(o);
  }
  if (tail.length < total - head)
    throw new Error(`only ${head + tail.length} organizations available (asked ${total})`);
  return { ranked: [...realNames.slice(0, head), ...tail], head };
}

/**
 * Draws the organizers of events. The head follows a Zipf–Mandelbrot law (weight 1/(rank+20)^0.9: the busiest
 * organizes a few thousand of 100,000 events); the tail gets about 1.6 mentions per organization: each new
 * tail organization appears once, then now and again again, so most organize one or two events.
 */
export class OrganizerSampler {
  private readonly cumulative: number[];
  private nextNew: number;
  private readonly tailShare: number;

  constructor(
    private readonly pool: OrganizationPool,
    private readonly random: Random,
    expectedMentions: number,
  ) {
    let sum = 0;
    this.cumulative = pool.ranked.slice(0, pool.head).map((_, rank) => (sum += 1 / (rank + 21) ** 0.9));
    this.nextNew = pool.head;
    const tail = pool.ranked.length - pool.head;
    this.tailShare = tail === 0 ? 0 : Math.min(0.5, (1.6 * tail) / expectedMentions);
  }

  /** `count` distinct organizations for one event. */
  draw(count: number): ScaleOrganization[] {
    const chosen = new Map<string, ScaleOrganization>();
    while (chosen.size < count) {
      const o = this.one();
      chosen.set(o.key, o);
    }
    return [...chosen.values()];
  }

  private one(): ScaleOrganization {
    const { ranked, head } = this.pool;
    if (this.random.next() < this.tailShare) {
      if (this.nextNew < ranked.length && (this.random.next() < 0.62 || this.nextNew === head)) {
        return ranked[this.nextNew++]!;
      }
      return ranked[head + this.random.int(this.nextNew - head)]!;
    }
    const total = this.cumulative[this.cumulative.length - 1]!;
    const target = this.random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo]!;
  }
}
