// Names users type → graph records. Organizations go through the same resolver ingestion used (aliases,
// acronyms, "the Government of Mexico", "UK"), then a case-insensitive match in the graph as fallback.
// Only "no such name" gives null; a failing database rejects, so an outage never reads as "not found".
import { compactKey } from '../domain/normalize.js';
import type { Context } from '../context.js';
import { organizationByName } from '../graph/read/organizations.js';
import type { OrganizationRecord, TopicRecord } from '../graph/read/records.js';

/**
 * What the resolver makes of a name, without the database: its key, and whether the name is a State or in the
 * catalogue (known) or only a slug of the text (null: text it cannot read, no letters or digits).
 */
export function resolvedName(ctx: Context, name: string): { key: string; known: boolean } | null {
  const text = name.trim();
  if (text === '' || compactKey(text) === '') return null;
  const { key, known } = ctx.organizationNames.resolve(text);
  return { key, known };
}

export async function findOrganization(ctx: Context, name: string): Promise<OrganizationRecord | null> {
  const text = name.trim();
  if (text === '') return null;
  // Text the resolver cannot read can only match in the graph fallback.
  const key = resolvedName(ctx, text)?.key ?? null;
  const resolved = key === null ? null : await ctx.loaders.organization.load(key);
  return resolved ?? (await organizationByName(ctx.graph, text));
}

export async function findTopic(ctx: Context, name: string): Promise<TopicRecord | null> {
  const text = name.trim().toLowerCase();
  return text === '' ? null : ((await ctx.loaders.topicByName.load(text))?.topic ?? null);
}
