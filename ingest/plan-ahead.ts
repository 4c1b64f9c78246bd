// The documents of a run, prepared (prepare-document.ts) in order for the writer. Parsing and resolving is CPU
// work in this process; writing is mostly waiting for Neo4j. For a large corpus the two overlap: a child
// process prepares the next document while this one writes the current one, so a run takes about the longer
// of the two instead of their sum (issue 12 P5: planning was two thirds of the pipeline's time at 100,000
// events). The child stays at most PLAN_AHEAD_DEPTH documents ahead of the writer, so memory is bounded by a few
// documents whatever the corpus. A small corpus (the bundled one, `npm start`) is prepared here: starting the
// child (Node, tsx, the parsers: about a second) would cost more than the overlap saves.
// A worker thread would share no more and copy no less; tsx's loader does not reach worker threads on Node 20.
import { fork, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BatchContext } from './graph-batch.js';
import { prepareDocument, type PreparedDocument, type StoredKeys } from './prepare-document.js';

/** Below this many bytes of documents, preparing in this process is faster than starting the child. */
export const PLAN_AHEAD_MIN_BYTES = 1_000_000;
/** How many prepared documents may wait for the writer (the child prepares no further ahead). */
export const PLAN_AHEAD_DEPTH = 2;

const here = dirname(fileURLToPath(import.meta.url));
const CHILD = join(here, 'plan-ahead-child.ts');

/** Messages of the child's protocol (plan-ahead-child.ts). */
export type ToChild =
  | { type: 'start'; files: string[]; stored: [string, { key: string | null; events: number }][] }
  | { type: 'taken'; index: number };
/** Each prepared document carries the child's peak RSS so far (the parent's own is not the whole run's). */
export type FromChild = { type: 'prepared'; index: number; prepared: PreparedDocument; maxRssKb: number };

/** Where the documents were prepared, for the run's summary. */
export interface Planner {
  where: 'this process' | 'a child process';
  /** The child's peak resident memory, MB (null when the documents were prepared here). */
  peakRssMb: number | null;
}

export interface PlanAheadOptions {
  /** Force (true) or forbid (false) the child; by default it is used from PLAN_AHEAD_MIN_BYTES on. */
  child?: boolean;
  /** The module the child runs (tests give one that fails, to check the run goes on without it). */
  childModule?: string;
}

/** Prepared documents, in the order of `files`, and where they were prepared (filled in as they come). */
export function preparedInOrder(
  files: readonly string[],
  stored: StoredKeys,
  ctx: BatchContext,
  options: PlanAheadOptions = {},
): { documents: AsyncGenerator<PreparedDocument>; planner: Planner } {
  const useChild = options.child ?? (files.length > 1 && totalBytes(files) >= PLAN_AHEAD_MIN_BYTES);
  const planner: Planner = { where: 'this process', peakRssMb: null };
  return {
    documents: useChild
      ? inChild(files, stored, ctx, planner, options.childModule ?? CHILD)
      : inline(files, 0, stored, ctx),
    planner,
  };
}

async function* inline(
  files: readonly string[],
  from: number,
  stored: StoredKeys,
  ctx: BatchContext,
): AsyncGenerator<PreparedDocument> {
  for (let i = from; i < files.length; i += 1) yield await prepareDocument(files[i]!, ctx, stored);
}

async function* inChild(
  files: readonly string[],
  stored: StoredKeys,
  ctx: BatchContext,
  planner: Planner,
  module: string,
): AsyncGenerator<PreparedDocument> {
  const ready = new Map<number, PreparedDocument>();
  let gone = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  let child: ChildProcess;
  try {
    // `--import tsx` from the project root: the child runs the same TypeScript sources whatever loader (tsx,
    // vitest) runs this process. Advanced serialization: batches cross as structured clones, not JSON text.
    child = fork(module, [], {
      cwd: join(here, '..'),
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  } catch {
    yield* inline(files, 0, stored, ctx);
    return;
  }
  child.on('message', (message: FromChild) => {
    ready.set(message.index, message.prepared);
    planner.where = 'a child process';
    planner.peakRssMb = Math.max(planner.peakRssMb ?? 0, message.maxRssKb / 1024);
    notify();
  });
  // A child that dies or cannot start leaves the rest to this process: the run goes on, only slower.
  const lost = () => {
    gone = true;
    notify();
  };
  child.on('error', lost);
  child.on('exit', lost);
  const send = (message: ToChild) => {
    if (!gone && child.connected) child.send(message);
  };
  try {
    send({ type: 'start', files: [...files], stored: [...stored] });
    for (let i = 0; i < files.length; i += 1) {
      while (!ready.has(i) && !gone) await new Promise<void>((resolve) => (wake = resolve));
      const prepared = ready.get(i);
      if (prepared === undefined) {
        yield* inline(files, i, stored, ctx);
        return;
      }
      ready.delete(i);
      send({ type: 'taken', index: i });
      yield prepared;
    }
  } finally {
    if (!gone) child.kill();
  }
}

function totalBytes(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // Unreadable: prepareDocument reports it.
    }
  }
  return bytes;
}
