// Neo4j values → plain JSON-friendly values: Integer → number, temporal types → ISO strings, nodes and
// relationships → their properties. The driver is configured with disableLosslessIntegers, so most values
// are already numbers, strings, booleans, arrays or plain maps: those are handled first, without the
// driver's type checks (which probe every object for several hidden markers).
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as { properties?: object; labels?: unknown; type?: unknown };
  // Nodes and relationships: their properties are what callers want.
  if (v.properties && (v.labels !== undefined || v.type !== undefined)) return plainMap(v.properties as never);
  // Dates, times, durations (the only other values Neo4j returns) print as ISO strings.
  return String(value);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in map) out[key] = toPlain(map[key]);
  return out;
}
