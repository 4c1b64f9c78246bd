// People named by the reference documents and what each did.
import type { Graph } from '../driver.js';
import type { PersonRecord, PersonRoleRecord } from './records.js';
import { readColumn, readRows, type Keyed } from './rows.js';

export const peopleByKey = (graph: Graph, keys: readonly string[]) =>
  readColumn<PersonRecord>(graph, 'people-by-key', 'person', { keys: [...keys] });

export async function personRoles(graph: Graph, keys: readonly string[]): Promise<Keyed<string, PersonRoleRecord>[]> {
  const rows = await readRows<PersonRoleRecord & { key: string }>(graph, 'person-roles', { keys: [...keys] });
  return rows.map(({ key, ...value }) => ({ key, value }));
}
