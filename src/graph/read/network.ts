// Whole-graph questions about organizations: the partnership network and the shortest chain between two.
import type { Graph } from '../driver.js';
import type { EventRecord } from './events.js';
import type { OrganizationKind } from '../../domain/kinds.js';
import type { OrganizationRecord } from './organizations.js';
import { readRows } from './rows.js';

export interface NetworkEdgeRecord {
  source: OrganizationRecord;
  target: OrganizationRecord;
  weight: number;
  sessions: number[];
}

export interface NetworkQuery {
  kinds: OrganizationKind[] | null;
  sessions: number[] | null;
  minSharedEvents: number;
}

export interface PathRecord {
  organizations: OrganizationRecord[];
  /** links[i]: the events shared by organizations[i] and organizations[i + 1]. */
  links: EventRecord[][];
}

export const partnershipEdges = (graph: Graph, query: NetworkQuery) =>
  readRows<NetworkEdgeRecord>(graph, 'partnership-network', { ...query });

export async function shortestConnection(
  graph: Graph,
  from: string,
  to: string,
  maxHops: number,
): Promise<PathRecord | null> {
  const [row] = await readRows<PathRecord>(graph, 'connection-path', { from, to, maxHops });
  return row ?? null;
}
