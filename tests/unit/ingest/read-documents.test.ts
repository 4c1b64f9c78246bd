import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDocuments } from '../../../ingest/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('reading documents', () => {
  it('when a path does not exist, then the error names it', () => {
    const [doc] = planDocuments([join(dir, 'missing.txt')]);
    expect(doc?.error).toMatch(/missing\.txt: no such file or folder/);
  });
  it('when a file is empty, then the error names the file', () => {
    expect(planDocuments([file('empty.txt', '  \n')])[0]?.error).toBe('empty.txt: empty file');
  });
  it('when a file is binary, then it is refused as binary', () => {
    expect(planDocuments([file('blob.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))])[0]?.error).toMatch(
      /blob\.txt: binary file/,
    );
  });
  it('when a programme header has no session number, then the error names file and line', () => {
    const text =
      'Programme of the Conference\n15–19 October 2012, Vienna\n\nMONDAY, 15 OCTOBER\n1 - 2 p.m.\tM3\tMexico: A title\t<i>d</i>\n';
    expect(planDocuments([file('nosession.txt', text)])[0]?.error).toMatch(/^nosession\.txt(:\d+)?: .*session/i);
  });
});
