// Field arguments → the normalized request a loader is keyed by. Properties are always built in the same
// order, and lists sorted and deduplicated, so equal questions share one loader cache entry.
import type { Context } from '../context.js';
import type { PartnershipFilter } from '../graph/read/network.js';
import type { OrganizationKind } from '../graph/read/records.js';
import { findTopic } from '../loaders/lookups.js';
import { badInput } from './errors.js';

/** A list argument as a set: null stays "no constraint", [] stays "nothing". */
export function asSet<T extends string | number>(values: readonly T[] | null | undefined): T[] | null {
  if (values == null) return null;
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface PartnershipArgs {
  kinds?: readonly OrganizationKind[] | null | undefined;
  sessions?: readonly number[] | null | undefined;
  topic?: string | null | undefined;
  includeUnits?: boolean | null | undefined;
  minSharedEvents?: number | null | undefined;
}

/** What counts as a partnership (cypher/read/partnerships.cypher), with the topic resolved to its key. */
export async function partnershipFilter(ctx: Context, args: PartnershipArgs): Promise<PartnershipFilter> {
  const minSharedEvents = args.minSharedEvents ?? 1;
  if (minSharedEvents < 1) throw badInput('minSharedEvents', '"minSharedEvents" must be at least 1.');
  let topic: string | null = null;
  if (args.topic != null) {
    const found = await findTopic(ctx, args.topic);
    if (!found) throw badInput('topic', `No topic is named "${args.topic}" (give a topic's key or name).`);
    topic = found.key;
  }
  return {
    kinds: asSet(args.kinds),
    sessions: asSet(args.sessions),
    topic,
    includeUnits: args.includeUnits ?? false,
    minSharedEvents,
  };
}
