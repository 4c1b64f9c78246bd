// Neo4j values → plain JSON-friendly values: Integer → number, temporal types → ISO strings, nodes and
// relationships → their properties. The driver is configured with disableLosslessIntegers, so most values
// are already numbers, strings, booleans, arrays or plain maps: those are handled first, without the
// driver's type checks (which probe every object for several hidden markers), and converted IN PLACE: the
// driver builds fresh arrays and maps for every record and hands them to nobody else, so copying them
// again only fed the garbage collector (17 % of the API's CPU under load).
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item === undefined || (item !== null && typeof item === 'object')) value[i] = toPlain(item);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as { properties?: object; labels?: unknown; type?: unknown };
  // Nodes and relationships: their properties are what callers want.
  if (v.properties && (v.labels !== undefined || v.type !== undefined)) return plainMap(v.properties as never);
  // Dates, times, durations (the only other values Neo4j returns) print as ISO strings.
  return String(value);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  for (const key in map) {
    const item = map[key];
    if (item === undefined || (item !== null && typeof item === 'object')) map[key] = toPlain(item);
  }
  return map;
}
