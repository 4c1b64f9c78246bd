// Neo4j values → plain JSON-friendly values: Integer → number, temporal types → ISO strings.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as { properties?: object; labels?: unknown; type?: unknown };
    // Nodes and relationships: their properties are what callers want.
    if (v.properties && (v.labels !== undefined || v.type !== undefined)) return toPlain(v.properties);
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, toPlain(x)]));
  }
  return value;
}
