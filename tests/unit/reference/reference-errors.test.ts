import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../ingest/errors.js';
import { detectReferenceKind, parseReference } from '../../../ingest/parse/reference.js';
import { loadReviewedFacts, parseReviewedFacts } from '../../../ingest/parse/reference-facts.js';

const corpus = (file: string) => readFileSync(new URL(`../../../ingest/corpus/${file}`, import.meta.url), 'utf8');
const PRESS_RELEASE = '002_7bee2cb627ad9e2a.txt';
const UNTOC_AT_20 = '004_01ad9041e540fa15.txt';
const COP6_PROGRAMME = '003_3b9c9c4b9c50490a.txt';

/** The document with line `n` (1-based) replaced, or removed when `replacement` is null. */
function withLine(text: string, n: number, replacement: string | null): string {
  const lines = text.split('\n');
  if (replacement === null) lines.splice(n - 1, 1);
  else lines[n - 1] = replacement;
  return lines.join('\n');
}

function failure(run: () => unknown): IngestError {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('detectReferenceKind', () => {
  it('when given the two reference documents, then each kind is recognised', () => {
    expect(detectReferenceKind(corpus(UNTOC_AT_20))).toBe('untoc-at-20');
    expect(detectReferenceKind(corpus(PRESS_RELEASE))).toBe('cop-press-release');
  });

  it('when given a COP programme, then it is neither kind and parsing it fails at line 1', () => {
    const text = corpus(COP6_PROGRAMME);
    expect(detectReferenceKind(text)).toBeNull();
    const e = failure(() => parseReference(COP6_PROGRAMME, text));
    expect(e.message).toMatch(/^003_3b9c9c4b9c50490a\.txt:1: not a known reference document/);
  });
});

describe('reviewed facts', () => {
  it('when a cited line no longer says its quote, then parsing fails naming the document and that line', () => {
    const edited = withLine(
      corpus(PRESS_RELEASE),
      190,
      'My thanks to the outgoing President, and my congratulations to his successor.',
    );
    const e = failure(() => parseReference(PRESS_RELEASE, edited));
    expect(e.file).toBe(PRESS_RELEASE);
    expect(e.line).toBe(190);
    expect(e.message).toMatch(
      /^002_7bee2cb627ad9e2a\.txt:190: line no longer says "my congratulations to the President of the 10th session, Ambassador El-Molla"/,
    );
    expect(e.message).toMatch(/reference-facts\.yaml:\d+/);
  });

  it('when an entry cites a fake line, then parsing fails naming the document and that line', () => {
    const fake = parseReviewedFacts(
      [
        '- file: 004_01ad9041e540fa15.txt',
        '  line: 681',
        '  quote: Rachmat Budiman (Indonesia)',
        '  fact: { subject: COP1, predicate: president, value: Rachmat Budiman }',
      ].join('\n'),
      'fake-facts.yaml',
    );
    const e = failure(() => parseReference(UNTOC_AT_20, corpus(UNTOC_AT_20), fake));
    expect(e.message).toBe(
      '004_01ad9041e540fa15.txt:681: line no longer says "Rachmat Budiman (Indonesia)" (quoted by reviewed fact fake-facts.yaml:1)',
    );
  });

  it('when an entry records a value its quote does not contain, then the yaml entry is rejected with its line', () => {
    const dishonest = parseReviewedFacts(
      [
        '# header',
        '- file: 002_7bee2cb627ad9e2a.txt',
        '  line: 27',
        '  quote: 117 registered delegations',
        '  fact: { subject: COP10, predicate: observers, value: "120" }',
      ].join('\n'),
      'dishonest.yaml',
    );
    const e = failure(() => parseReference(PRESS_RELEASE, corpus(PRESS_RELEASE), dishonest));
    expect(e.message).toMatch(/^dishonest\.yaml:2: fact value "120" does not appear in the quote/);
  });

  it('when an entry is malformed, then reading the yaml fails with the entry line', () => {
    const e = failure(() =>
      parseReviewedFacts(
        [
          '- file: x.txt',
          '  line: 3',
          '  quote: q',
          '- file: y.txt',
          '  line: 0',
          '  quote: q',
          '  fact: { subject: s, predicate: p, value: q }',
        ].join('\n'),
        'bad.yaml',
      ),
    );
    expect(e.message).toMatch(/^bad\.yaml:1: invalid entry/);
  });

  it("when the repository's yaml is read, then every entry cites one of the two reference documents", () => {
    const files = new Set(loadReviewedFacts().map((e) => e.file));
    expect([...files].sort()).toEqual([PRESS_RELEASE, UNTOC_AT_20]);
  });
});

describe('"UNTOC at 20": missing or truncated sections', () => {
  const text = corpus(UNTOC_AT_20);

  it('when the sessions table stops after the sixth session, then parsing fails at the last row read', () => {
    const lines = text.split('\n');
    lines.splice(686, 3); // drop the rows of sessions 7-9 (lines 687-689)
    const e = failure(() => parseReference(UNTOC_AT_20, lines.join('\n')));
    expect(e.message).toBe(
      '004_01ad9041e540fa15.txt:686: the sessions table lists 6 sessions, its caption says 9 (truncated?)',
    );
  });

  it('when the sessions table is absent, then parsing fails at the Conference of the Parties heading', () => {
    const e = failure(() => parseReference(UNTOC_AT_20, withLine(text, 680, '')));
    expect(e.line).toBe(662);
    expect(e.message).toMatch(/table of COP sessions .* is missing/);
  });

  it('when a session row cannot be read, then parsing fails at that row', () => {
    const e = failure(() =>
      parseReference(
        UNTOC_AT_20,
        withLine(text, 684, '<b>Fourth session</b> (sometime in 2008)\tElizabeth Verville (United States of America)'),
      ),
    );
    expect(e.message).toMatch(/^004_01ad9041e540fa15\.txt:684: cannot read the session row/);
  });

  it('when a working group bullet is lost, then parsing fails because the lead-in says five', () => {
    const e = failure(() => parseReference(UNTOC_AT_20, withLine(text, 702, '')));
    expect(e.message).toBe(
      '004_01ad9041e540fa15.txt:701: the Working Groups section lists 4 groups, its lead-in says 5 (truncated?)',
    );
  });

  it('when the document is cut inside the timeline, then parsing fails rather than return part of it', () => {
    const cut = text.split('\n').slice(0, 600).join('\n');
    expect(failure(() => parseReference(UNTOC_AT_20, cut))).toBeInstanceOf(IngestError);
  });
});

describe('COP10 press release: missing or truncated fact boxes', () => {
  const text = corpus(PRESS_RELEASE);

  it('when a box has lost its "Parties:" line, then parsing fails at that box heading', () => {
    const e = failure(() => parseReference(PRESS_RELEASE, withLine(text, 260, '')));
    expect(e.line).toBe(254);
    expect(e.message).toMatch(/has no "Parties: N \(as of …\)" line/);
  });

  it('when the release stops before the Firearms Protocol box, then parsing fails', () => {
    const cut = text.split('\n').slice(0, 250).join('\n');
    const e = failure(() => parseReference(PRESS_RELEASE, cut));
    expect(e.message).toMatch(
      /expected fact boxes for the Convention and its three Protocols, found UNTOC, TIP_PROTOCOL, SOM_PROTOCOL/,
    );
  });
});
