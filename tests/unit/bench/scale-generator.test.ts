// The synthetic corpus of `npm run bench:scale` (bench/scale/generate.ts): the same seed gives the same
// documents, and each document reads through the real parsers and resolver to exactly the events and
// organizers the generator planned. No timing here: figures belong to the benchmark.
import { describe, expect, it } from 'vitest';
import { generateCorpus, type ScaleDocument, type ScaleOptions } from '../../../bench/scale/generate.js';
import { buildBatch } from '../../../ingest/graph-batch.js';
import { parseDocument } from '../../../ingest/parse/document.js';
import { createOrganizationResolver } from '../../../src/domain/organizations.js';
import { createTopicAssigner } from '../../../ingest/resolve/topics.js';

const SMALL: ScaleOptions = {
  seed: 7,
  sessions: 3,
  eventsPerSession: 40,
  organizations: 300,
  minOrganizers: 3,
  maxOrganizers: 8,
};
const resolver = createOrganizationResolver();
const corpus = (options: ScaleOptions): ScaleDocument[] => [...generateCorpus(options, resolver)];

describe('scale corpus generator', () => {
  const documents = corpus(SMALL);

  it('when run twice with one seed, then it writes the same documents; another seed writes others', () => {
    expect(corpus(SMALL).map((d) => d.text)).toEqual(documents.map((d) => d.text));
    expect(corpus({ ...SMALL, seed: 8 }).map((d) => d.text)).not.toEqual(documents.map((d) => d.text));
  });

  it('when asked for three sessions, then it writes one programme per session in each of the three layouts', () => {
    expect(documents.map((d) => [d.session, d.layout])).toEqual([
      [1, 'table'],
      [2, 'running-text'],
      [3, 'tab-rows'],
    ]);
    for (const doc of documents) {
      const record = parseDocument(doc.file, doc.text);
      expect(record.kind === 'programme' && [record.layout, record.session.number]).toEqual([doc.layout, doc.session]);
    }
  });

  it('when parsed and resolved by the real pipeline, then every event has the organizers that were planned', () => {
    const ctx = { organizations: resolver, topics: createTopicAssigner() };
    for (const doc of documents) {
      const batch = buildBatch(parseDocument(doc.file, doc.text), doc.text, ctx);
      expect(batch.warnings).toEqual([]);
      expect(batch.events).toHaveLength(SMALL.eventsPerSession);
      const titleOf = new Map(batch.events.map((e) => [e.id, e.title.toLowerCase()]));
      const found = new Map<string, string[]>();
      for (const o of batch.organizes) {
        const title = titleOf.get(o.event)!;
        found.set(title, [...(found.get(title) ?? []), o.org].sort());
      }
      const planned = new Map(
        doc.events
          .filter((e) => e.kind === 'SIDE_EVENT')
          .map((e) => [e.title.toLowerCase(), [...e.leads, ...e.partners].map((o) => o.key).sort()]),
      );
      expect(found).toEqual(planned);
      for (const keys of planned.values()) {
        expect(keys.length).toBeGreaterThanOrEqual(SMALL.minOrganizers);
        expect(keys.length).toBeLessThanOrEqual(SMALL.maxOrganizers);
      }
    }
  });

  it('when drawing organizers, then the busiest organizations are real names and the tail is mostly in one or two events', () => {
    const counts = new Map<string, { kind: string; events: number }>();
    for (const doc of documents)
      for (const e of doc.events)
        for (const o of [...e.leads, ...e.partners])
          counts.set(o.key, { kind: o.kind, events: (counts.get(o.key)?.events ?? 0) + 1 });
    const ranked = [...counts.values()].sort((a, b) => b.events - a.events);
    expect(ranked.slice(0, 5).every((o) => o.kind !== 'SYNTHETIC')).toBe(true);
    const tail = ranked.filter((o) => o.kind === 'SYNTHETIC');
    expect(tail.length).toBeGreaterThan(0);
    expect(tail.filter((o) => o.events <= 2).length / tail.length).toBeGreaterThan(0.5);
  });
});
