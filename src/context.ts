// The per-request context: the graph, fresh DataLoaders, and the organization-name resolver that
// ingestion uses (so the API accepts exactly the names, aliases and acronyms the graph was built from).
import type { OrganizationResolver } from './domain/organizations.js';
import { createAnalysisLoaders, type AnalysisLoaders } from './analysis/loaders.js';
import type { Graph } from './graph/driver.js';
import { createLoaders, type Loaders } from './loaders/create-loaders.js';

export interface ContextDeps {
  graph: Graph;
  /** Built once per server (it reads the alias file); pure lookups, safe to share between requests. */
  organizationNames: OrganizationResolver;
}

export interface Context extends ContextDeps {
  loaders: Loaders;
  /** Loaders of the analysis fields (comparisons, coverage), argument-keyed; see src/analysis/loaders.ts. */
  analysis: AnalysisLoaders;
}

export function createContext({ graph, organizationNames }: ContextDeps): Context {
  return { graph, organizationNames, loaders: createLoaders(graph), analysis: createAnalysisLoaders(graph) };
}
