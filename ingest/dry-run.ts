// The --dry-run --json view: what would be written, as one JSON document, without Neo4j.
import type { PlannedDocument } from './pipeline.js';

/** A row's citation; `page` only for PDF documents. */
const sourceOf = (row: { sourceFile: string; sourceLine: number; sourcePage: number | null }) => ({
  file: row.sourceFile,
  line: row.sourceLine,
  ...(row.sourcePage === null ? {} : { page: row.sourcePage }),
});

export function dryRunReport(planned: PlannedDocument[]) {
  const batches = planned.flatMap((d) => (d.batch ? [d.batch] : []));
  const organizations = new Map(batches.flatMap((b) => b.organizations).map((o) => [o.key, o]));
  const orgRef = (key: string) => {
    const o = organizations.get(key)!;
    return { name: o.name, kind: o.kind, iso3: o.iso3 };
  };
  return {
    documents: planned.map((d) => ({
      file: d.file,
      ok: d.batch !== null,
      error: d.error,
      kind: d.batch?.document.kind ?? null,
      layout: d.batch?.document.layout ?? null,
    })),
    sessions: batches
      .flatMap((b) => b.sessions.filter((s) => s.startDate !== null))
      .sort((a, b) => a.number - b.number || Number(b.authoritative) - Number(a.authoritative))
      .filter((s, i, all) => all.findIndex((x) => x.number === s.number) === i)
      .map((s) => ({
        number: s.number,
        startDate: s.startDate,
        endDate: s.endDate,
        city: s.city,
        source: sourceOf(s),
      })),
    events: batches.flatMap((b) =>
      b.events.map((e) => {
        const links = b.organizes.filter((r) => r.event === e.id);
        return {
          id: e.id,
          session: e.session,
          date: e.date,
          start: e.start,
          end: e.end,
          title: e.title,
          description: e.description,
          kind: e.kind,
          venue: e.venue,
          online: e.online,
          organizers: links.filter((r) => r.role === 'LEAD').map((r) => orgRef(r.org)),
          partners: links.filter((r) => r.role === 'PARTNER').map((r) => orgRef(r.org)),
          topics: b.about.filter((r) => r.event === e.id).map((r) => r.topic),
          source: sourceOf(e),
        };
      }),
    ),
    organizations: [...organizations.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((o) => ({
        name: o.name,
        kind: o.kind,
        iso3: o.iso3,
        acronym: o.acronym,
        aliases: o.aliases,
        known: o.known,
      })),
    unresolved: batches.flatMap((b) => b.unresolved),
    warnings: batches.flatMap((b) => b.warnings),
  };
}
