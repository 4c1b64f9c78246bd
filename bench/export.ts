// npm run bench:export [-- NODES EDGES]: how long each export writer takes, and how big its largest chunk
// is, on a synthetic network (10,000 organizations, 30,000 partnerships by default). Prints figures; not a test.
import { EXPORT_FILES } from '../src/export/formats.js';
import type { ExportNetwork } from '../src/export/network.js';

const [nodeCount = 10_000, edgeCount = 30_000] = process.argv.slice(2).map(Number);
const kinds = ['STATE', 'UN', 'IGO', 'NGO', 'ACADEMIC', 'OTHER'];
const network: ExportNetwork = {
  filter: { sessions: [10, 12], kinds: null, minSharedEvents: 1 },
  nodes: Array.from({ length: nodeCount }, (_, i) => ({
    key: `org:organization-${i}`,
    name: `Organization ${i} for "Justice" & <Peace>`,
    kind: kinds[i % kinds.length]!,
    iso3: i % 6 === 0 ? 'MEX' : null,
    events: 1 + (i % 17),
  })),
  edges: Array.from({ length: edgeCount }, (_, i) => ({
    source: `org:organization-${i % nodeCount}`,
    target: `org:organization-${(i * 7 + 1) % nodeCount}`,
    weight: 1 + (i % 5),
    sessions: i % 2 ? [10, 12] : [12],
  })),
};

console.log(`export writers on ${nodeCount} nodes and ${edgeCount} edges`);
for (const file of EXPORT_FILES) {
  const began = performance.now();
  let bytes = 0;
  let chunks = 0;
  let largest = 0;
  for (const chunk of file.write(network)) {
    bytes += Buffer.byteLength(chunk);
    chunks += 1;
    largest = Math.max(largest, chunk.length);
  }
  const ms = performance.now() - began;
  console.log(
    `${file.name.padEnd(16)} ${ms.toFixed(0).padStart(6)} ms  ${(bytes / 1e6).toFixed(1).padStart(5)} MB  ` +
      `${chunks} chunks, largest ${(largest / 1e3).toFixed(0)} kB`,
  );
}
