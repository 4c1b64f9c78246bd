// The reference data every run writes first, from the reviewed files in ingest/reference/.
import type { InstrumentKey } from './records.js';
import type { Catalogue } from './write-graph.js';
import type { OrganizationResolver } from '../src/domain/organizations.js';
import type { TopicAssigner } from './resolve/topics.js';

/** The instruments' official names; documents add their dates and figures. */
const INSTRUMENTS: { key: InstrumentKey; name: string; shortName: string }[] = [
  {
    key: 'UNTOC',
    name: 'United Nations Convention against Transnational Organized Crime',
    shortName: 'Organized Crime Convention',
  },
  {
    key: 'TIP_PROTOCOL',
    name: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    shortName: 'Trafficking in Persons Protocol',
  },
  {
    key: 'SOM_PROTOCOL',
    name: 'Protocol against the Smuggling of Migrants by Land, Sea and Air',
    shortName: 'Smuggling of Migrants Protocol',
  },
  {
    key: 'FIREARMS_PROTOCOL',
    name: 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    shortName: 'Firearms Protocol',
  },
];

export function buildCatalogue(organizations: OrganizationResolver, topics: TopicAssigner): Catalogue {
  const entries = organizations.catalogue();
  const keys = new Set(entries.map((o) => o.key));
  return {
    instruments: INSTRUMENTS,
    topics: topics.topics(),
    organizations: entries.map((o) => ({
      key: o.key,
      name: o.name,
      kind: o.kind,
      iso3: o.iso3,
      acronym: o.acronym,
      code: o.code,
      aliases: o.aliases,
      known: o.known,
    })),
    // National bodies point at States, which exist once a document mentions them (see graph-batch.ts).
    partOf: entries
      .filter((o) => o.parentKey !== null && keys.has(o.parentKey))
      .map((o) => ({ child: o.key, parent: o.parentKey! })),
  };
}
