// Names users type → graph records. Organizations go through the same resolver ingestion used (aliases,
// acronyms, "the Government of Mexico", "UK"), then a case-insensitive match in the graph as fallback.
// Only "no such name" gives null; a failing database rejects, so an outage never reads as "not found".
import { compactKey } from '../../ingest/resolve/normalize.js';
import type { Context } from '../context.js';
import { organizationByName } from '../graph/read/organizations.js';
import type { OrganizationRecord, TopicRecord } from '../graph/read/records.js';

export async function findOrganization(ctx: Context, name: string): Promise<OrganizationRecord | null> {
  const text = name.trim();
  if (text === '') return null;
  // Text the resolver cannot read (no letters or digits) can only match in the graph fallback.
  const key = compactKey(text) === '' ? null : ctx.organizationNames.resolve(text).key;
  const resolved = key === null ? null : await ctx.loaders.organization.load(key);
  return resolved ?? (await organizationByName(ctx.graph, text));
}

export async function findTopic(ctx: Context, name: string): Promise<TopicRecord | null> {
  const text = name.trim().toLowerCase();
  return text === '' ? null : ((await ctx.loaders.topicByName.load(text))?.topic ?? null);
}
