// Names users type → graph records. Organizations go through the same resolver ingestion used (aliases,
// acronyms, "the Government of Mexico", "UK"), then a case-insensitive match in the graph as fallback.
import type { Context } from '../context.js';
import { organizationByName, type OrganizationRecord } from '../graph/read/organizations.js';
import { topicByName, type TopicRecord } from '../graph/read/topics.js';

export async function findOrganization(ctx: Context, name: string): Promise<OrganizationRecord | null> {
  const text = name.trim();
  if (text === '') return null;
  let key: string | null = null;
  try {
    key = ctx.organizationNames.resolve(text).key;
  } catch {
    key = null; // text the resolver cannot read (no letters): only the graph fallback can match it
  }
  const resolved = key === null ? null : await ctx.loaders.organization.load(key);
  return resolved ?? (await organizationByName(ctx.graph, text));
}

export async function findTopic(ctx: Context, name: string): Promise<TopicRecord | null> {
  const text = name.trim();
  return text === '' ? null : topicByName(ctx.graph, text);
}
