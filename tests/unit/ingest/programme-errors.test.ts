import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../ingest/errors.js';
import { detectProgrammeLayout, parseProgramme } from '../../../ingest/parse/programme.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const corpus = (file: string) => read(`../../../ingest/corpus/${file}`);
const COP6 = '003_3b9c9c4b9c50490a.txt';
const COP10 = '000_6fa93a35363d56cd.txt';
const COP12 = '001_5cb52ae7af251058.txt';

/** The first `n` lines of a document, optionally with the last one replaced. */
function head(text: string, n: number, lastLine?: string): string {
  const lines = text.split('\n').slice(0, n);
  if (lastLine !== undefined) lines[n - 1] = lastLine;
  return lines.join('\n');
}

function failure(file: string, text: string): IngestError {
  try {
    parseProgramme(file, text);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('detectProgrammeLayout', () => {
  it('when given the three programmes, then each layout is recognised', () => {
    expect([COP6, COP10, COP12].map((f) => detectProgrammeLayout(corpus(f)))).toEqual([
      'table',
      'running-text',
      'tab-rows',
    ]);
  });

  it('when given the press release or the "UNTOC at 20" publication, then it is no programme', () => {
    expect(detectProgrammeLayout(corpus('002_7bee2cb627ad9e2a.txt'))).toBeNull();
    expect(detectProgrammeLayout(corpus('004_01ad9041e540fa15.txt'))).toBeNull();
  });
});

describe('parseProgramme errors', () => {
  it('when the document is not a programme, then the error names the file', () => {
    const e = failure('002_7bee2cb627ad9e2a.txt', corpus('002_7bee2cb627ad9e2a.txt'));
    expect(e.message).toMatch(/^002_7bee2cb627ad9e2a\.txt:1: not a programme/);
  });

  it('when the header names no session, then the error names file and line', () => {
    const e = failure(COP12, corpus(COP12).replace('Twelfth session', 'Annual meeting'));
    expect(e).toMatchObject({ file: COP12, line: 5 });
    expect(e.message).toMatch(/^001_5cb52ae7af251058\.txt:5: programme header names no session/);
  });

  it('when the header has no dates and city, then the error points at the session line', () => {
    const e = failure(COP12, corpus(COP12).replace('Vienna, 14–18 October 2024', 'Vienna'));
    expect(e.message).toMatch(/^001_5cb52ae7af251058\.txt:8: programme header has no dates and city/);
  });

  it('when a running-text programme ends on a title without "Organized by", then it is truncated at that event', () => {
    const e = failure(COP10, head(corpus(COP10), 168, '2–2.50 p.m. NON-PUNISHMENT OF VICTIMS OF TRAFFICKING'));
    expect(e.message).toBe(`${COP10}:168: programme ends in the middle of an event: event has no "Organized by"`);
  });

  it('when a tab-rows programme ends inside an organizer list, then it is truncated at that row', () => {
    const e = failure(
      COP12,
      head(
        corpus(COP12),
        141,
        '2–2.50 p.m.\tDISRUPTING ORGANIZED CRIME Organized by Canada, with Australia, Colombia,',
      ),
    );
    expect(e.message).toBe(`${COP12}:141: programme ends in the middle of an event: organizer list is cut off`);
  });

  it('when a table programme ends on a row with a time but no title, then it is truncated at that row', () => {
    const e = failure(COP6, head(corpus(COP6), 87, '1 - 2 p.m.\tM3\t\t'));
    expect(e.message).toBe(`${COP6}:87: programme ends in the middle of an event: event has a time but no title`);
  });

  it('when a day header has nothing under it, then the error points at the day header', () => {
    const e = failure(COP10, head(corpus(COP10), 191));
    expect(e.message).toBe(`${COP10}:191: day header with no events under it`);
  });

  it('when the side-events section has no events at all, then the error points at its heading', () => {
    const e = failure(COP12, head(corpus(COP12), 63));
    expect(e.message).toBe(`${COP12}:59: side-events section has no events`);
  });
});

describe('parseProgramme warnings', () => {
  it('when an event in the middle of a programme has no organizer, then it is kept with a warning', () => {
    const text = read('./fixtures/seventh-session-tab-rows.txt').replace(
      '1–1.50 p.m.\tWITNESS PROTECTION',
      '1–1.50 p.m.\tMYSTERY EVENT\tCR9\n1–1.50 p.m.\tWITNESS PROTECTION',
    );
    const p = parseProgramme('seventh.txt', text);
    const mystery = p.events.find((e) => e.title === 'MYSTERY EVENT');
    expect(mystery).toMatchObject({ kind: 'SIDE_EVENT', venue: 'CR9', organizers: [] });
    expect(p.warnings).toEqual([
      { message: 'event has no "Organized by"', source: { file: 'seventh.txt', line: mystery!.source.line } },
    ]);
  });

  it('when a day header names the wrong weekday, then a warning names its line', () => {
    const p = parseProgramme(
      'seventh.txt',
      read('./fixtures/seventh-session-tab-rows.txt').replace('TUESDAY, 3 JUNE', 'FRIDAY, 3 JUNE'),
    );
    expect(p.warnings.map((w) => w.message)).toEqual(['day header says friday but 2031-06-03 is another weekday']);
  });
});
