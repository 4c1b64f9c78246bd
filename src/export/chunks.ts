// Writers produce a document as a lazy sequence of text chunks, so a response or a file receives it
// piece by piece (a 10,000-node network is never held a second time as one string).

/** How many nodes or edges go into one chunk. */
export const ROWS_PER_CHUNK = 500;

/**
 * Runs `write` (which emits text through `emit` and calls `flush` between rows) as a generator of chunks.
 * The callback-style XML and CSV writers push text synchronously; this turns their output into chunks of
 * about ROWS_PER_CHUNK rows each, pulled by the consumer.
 */
export function* chunked(write: (emit: (text: string) => void) => Iterable<void>): Generator<string> {
  let pending: string[] = [];
  const emit = (text: string) => {
    pending.push(text);
  };
  const rows = write(emit)[Symbol.iterator]();
  let count = 0;
  while (!rows.next().done) {
    count += 1;
    if (count % ROWS_PER_CHUNK === 0 && pending.length > 0) {
      yield pending.join('');
      pending = [];
    }
  }
  if (pending.length > 0) yield pending.join('');
}
