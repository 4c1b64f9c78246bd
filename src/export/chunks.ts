// Writers produce a document as a lazy sequence of text chunks, so a response or a file receives it
// piece by piece (a 10,000-node network is never held a second time as one string).

/** How many nodes or edges go into one chunk. */
export const ROWS_PER_CHUNK = 500;
