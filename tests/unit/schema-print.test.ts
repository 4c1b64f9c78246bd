import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../src/schema/print.js';

describe('committed SDL', () => {
  it('when the schema code changes, then schema/schema.graphql is reprinted (npm run schema:print)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('when a researcher reads the SDL, then every growing list is a connection with totalCount', () => {
    const sdl = printedSchema();
    expect(sdl).toMatch(/sessions\(after: String, before: String, first: Int, last: Int\): SessionConnection!/);
    expect(sdl).toMatch(/type EventConnection \{[^}]*totalCount: Int!/s);
    expect(sdl).toMatch(/enum OrganizationKind \{\s+ACADEMIC\s+IGO\s+NGO\s+OTHER\s+STATE\s+UN\s+\}/);
  });
});
