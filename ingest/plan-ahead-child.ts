// The planning process of plan-ahead.ts: prepares the documents it is given, in order, and sends each batch
// to the writer as soon as it is ready, never more than PLAN_AHEAD_DEPTH documents ahead of what the writer
// has taken. It exits when the writer disconnects (the run ended, failed or was interrupted).
import type { FromChild, ToChild } from './plan-ahead.js';
import { PLAN_AHEAD_DEPTH } from './plan-ahead.js';
import { loadReferenceData, prepareDocument } from './prepare-document.js';

let taken = -1;
let wake: (() => void) | null = null;

process.on('disconnect', () => process.exit(0));
process.on('message', (message: ToChild) => {
  if (message.type === 'taken') {
    taken = message.index;
    wake?.();
    wake = null;
  } else void run(message.files, new Map(message.stored));
});

async function run(files: string[], stored: Map<string, { key: string | null; events: number }>): Promise<void> {
  const ctx = loadReferenceData();
  for (let index = 0; index < files.length; index += 1) {
    while (index - taken > PLAN_AHEAD_DEPTH) await new Promise<void>((resolve) => (wake = resolve));
    const prepared = await prepareDocument(files[index]!, ctx, stored);
    const message: FromChild = { type: 'prepared', index, prepared, maxRssKb: process.resourceUsage().maxRSS };
    process.send!(message);
  }
}
