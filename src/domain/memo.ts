// A bounded memo of a pure function of a string, for the grammar's and the resolver's hot lookups (the same
// names and texts are asked for many times per document). Bounded, and emptied when full (cheaper than LRU
// bookkeeping on every hit), so the API's stream of client-sent names cannot grow it without limit.

/** Returns `lookup(key, compute)`: compute(key) once per key while the memo holds it. */
export function boundedMemo<T>(size: number): (key: string, compute: (key: string) => T) => T {
  const values = new Map<string, T>();
  return (key, compute) => {
    const known = values.get(key);
    if (known !== undefined) return known;
    if (values.size >= size) values.clear();
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
