import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, planDocuments } from '../../../ingest/pipeline.js';
import { MAX_DOCUMENT_MB, expandPaths, readDocument } from '../../../ingest/read-documents.js';

const dir = mkdtempSync(join(tmpdir(), 'cg-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const error = async (path: string) => (await planDocuments([path]))[0]?.error;

const COP6 = join(BUNDLED_CORPUS, '003_3b9c9c4b9c50490a.txt');
const cop6Text = readFileSync(COP6, 'utf8');
/** Events of a planned document, without the file name, to compare encodings of one text. */
async function eventsOf(path: string) {
  const [planned] = await planDocuments([path]);
  expect(planned?.error).toBeNull();
  return planned!.batch!.events.map((e) => ({ ...e, sourceFile: null }));
}

describe('reading documents', () => {
  it('when a path does not exist, then the error names it', async () => {
    expect(await error(join(dir, 'missing.txt'))).toMatch(/missing\.txt: no such file or folder/);
  });
  it('when a file is empty, then the error names the file', async () => {
    expect(await error(file('empty.txt', '  \n'))).toBe('empty.txt: empty file');
  });
  it('when a file is binary, then it is refused as binary', async () => {
    expect(await error(file('blob.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])))).toMatch(
      /blob\.txt: binary file/,
    );
  });
  it('when a programme header has no session number, then the error names file and line', async () => {
    const text =
      'Programme of the Conference\n15–19 October 2012, Vienna\n\nMONDAY, 15 OCTOBER\n1 - 2 p.m.\tM3\tMexico: A title\t<i>d</i>\n';
    expect(await error(file('nosession.txt', text))).toMatch(/^nosession\.txt(:\d+)?: .*session/i);
  });
  it('when a folder holds text, PDF and HTML files, then it contributes all three kinds and nothing else', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cg-folder-'));
    for (const name of ['b.pdf', 'a.txt', 'c.HTML', 'd.htm', 'notes.md', 'e.json'])
      writeFileSync(join(folder, name), 'x');
    expect(expandPaths([folder]).map((p) => p.slice(folder.length + 1))).toEqual(['a.txt', 'b.pdf', 'c.HTML', 'd.htm']);
  });
});

describe('text encodings', { timeout: 30_000 }, () => {
  it('when a programme is UTF-8 with a byte-order mark, then it reads as without one (same events, same lines)', async () => {
    const bom = file('cop6-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(cop6Text)]));
    expect(await eventsOf(bom)).toEqual(await eventsOf(COP6));
  });
  it('when a programme is UTF-16 LE with a byte-order mark, then it reads as the UTF-8 text', async () => {
    const le = file('cop6-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cop6Text, 'utf16le')]));
    expect(await eventsOf(le)).toEqual(await eventsOf(COP6));
  });
  it('when a programme is UTF-16 BE with a byte-order mark, then it reads as the UTF-8 text', async () => {
    const be = Buffer.from(cop6Text, 'utf16le').swap16();
    expect(await eventsOf(file('cop6-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual(
      await eventsOf(COP6),
    );
  });
  it('when a programme has CRLF line ends, then titles carry no carriage return and lines keep their numbers', async () => {
    const crlf = await eventsOf(file('cop6-crlf.txt', cop6Text.replace(/\n/g, '\r\n')));
    expect(crlf).toEqual(await eventsOf(COP6));
    expect(crlf.some((e) => /\r/.test(`${e.title}${e.venue}${e.description}`))).toBe(false);
  });
  it('when a text has old Mac CR line ends, then they are line ends too', async () => {
    const doc = await readDocument(file('cr.txt', 'one\rtwo\r\nthree\n'));
    expect(doc.extracted.text).toBe('one\ntwo\nthree\n');
  });
  it('when UTF-16 comes without a byte-order mark, then it is refused with what to do', async () => {
    expect(await error(file('nobom.txt', Buffer.from(cop6Text, 'utf16le')))).toMatch(
      /^nobom\.txt: UTF-16 text without a byte-order mark; save it as UTF-8/,
    );
  });
  it('when a text is Latin-1, then it is refused as not UTF-8', async () => {
    const latin1 = Buffer.from('Programme \xe9t\xe9 \xe0 Vienne \xe7a '.repeat(50), 'latin1');
    expect(await error(file('latin1.txt', latin1))).toMatch(/^latin1\.txt: not UTF-8 text/);
  });
  it(`when a file is several tens of MB, then it is refused before it is read, naming the file and the ${MAX_DOCUMENT_MB.text} MB limit`, async () => {
    const big = file('dump.txt', Buffer.alloc(40 * 1024 * 1024, 'a'));
    expect(await error(big)).toBe(
      `dump.txt: 40.0 MB is over the ${MAX_DOCUMENT_MB.text} MB limit for one document; split it or check it is a programme`,
    );
  });
  it('when a file is just under the limit, then it is read (and then judged on its content)', async () => {
    const line = 'Not a programme, just a long note.\n';
    const path = file('large.txt', line.repeat(Math.floor((MAX_DOCUMENT_MB.text * 1024 * 1024 - 1024) / line.length)));
    expect(await error(path)).toMatch(/^large\.txt:1: document in no known layout/);
  });
});
