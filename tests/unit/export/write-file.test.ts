// An export file is written whole or not at all.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/export/write-file.js';

describe('writing an export file', () => {
  it('when every chunk is written, then the file holds them all and no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    await writeFileAtomically(join(dir, 'a.csv'), ['x,y\n', '1,2\n']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('x,y\n1,2\n');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });

  it('when the writer fails half-way, then the previous file is untouched and nothing half-written remains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const target = join(dir, 'b.graphml');
    writeFileSync(target, 'previous');
    function* failing() {
      yield '<graphml>';
      throw new Error('writer broke');
    }
    await expect(writeFileAtomically(target, failing())).rejects.toThrow('writer broke');
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['b.graphml']);
    expect(existsSync(join(dir, 'c.graphml'))).toBe(false);
  });
});
