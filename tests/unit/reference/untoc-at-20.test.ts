import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReference } from '../../../ingest/parse/reference.js';

const UNTOC_AT_20 = '004_01ad9041e540fa15.txt';
const text = readFileSync(new URL(`../../../ingest/corpus/${UNTOC_AT_20}`, import.meta.url), 'utf8');
const record = parseReference(UNTOC_AT_20, text);

describe('"UNTOC at 20": the table of COP sessions', () => {
  it('when the table is read, then it lists the nine sessions held, all in Vienna, with their dates', () => {
    expect(record.sessions.map((s) => [s.number, s.city, s.startDate, s.endDate])).toEqual([
      [1, 'Vienna', '2004-06-28', '2004-07-09'],
      [2, 'Vienna', '2005-10-10', '2005-10-21'],
      [3, 'Vienna', '2006-10-09', '2006-10-18'],
      [4, 'Vienna', '2008-10-08', '2008-10-17'],
      [5, 'Vienna', '2010-10-18', '2010-10-22'],
      [6, 'Vienna', '2012-10-15', '2012-10-19'],
      [7, 'Vienna', '2014-10-06', '2014-10-10'],
      [8, 'Vienna', '2016-10-17', '2016-10-21'],
      [9, 'Vienna', '2018-10-15', '2018-10-19'],
    ]);
  });

  it('when a session row is read, then its source is that row of the table', () => {
    expect(record.sessions.find((s) => s.number === 6)?.source).toEqual({
      file: UNTOC_AT_20,
      line: 686,
    });
  });

  it('when the sixth session is looked up, then Rachmat Budiman of Indonesia presided over it', () => {
    const presidents = record.people.filter((p) => p.relation === 'PRESIDENT' && p.session === 6);
    expect(presidents).toEqual([
      {
        name: 'Rachmat Budiman',
        role: 'President of the sixth session',
        organization: 'Indonesia',
        session: 6,
        relation: 'PRESIDENT',
        source: { file: UNTOC_AT_20, line: 686 },
      },
    ]);
  });

  it('when a row names two Presidents, then both are kept with their States and "(former)"/"(current)"', () => {
    const ninth = record.people.filter((p) => p.relation === 'PRESIDENT' && p.session === 9);
    expect(ninth.map((p) => [p.name, p.organization, p.role])).toEqual([
      ['Senén Florensa Palau', 'Spain', 'President of the ninth session (former)'],
      ['Alessandro Cortese', 'Italy', 'President of the ninth session (current)'],
    ]);
    const eighth = record.people.filter((p) => p.session === 8).map((p) => `${p.name} (${p.organization})`);
    expect(eighth).toEqual(['Pilar Saborio de Rocafort (Costa Rica)', 'Maria Assunta Accili Sabbatini (Italy)']);
  });

  it('when every row is read, then each of sessions 1–9 has a President with a State', () => {
    const presided = new Set(
      record.people.filter((p) => p.relation === 'PRESIDENT' && p.organization !== null).map((p) => p.session),
    );
    expect([...presided].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('"UNTOC at 20": the Convention and its Protocols', () => {
  const byKey = (key: string) => record.instruments.find((i) => i.key === key);

  it('when the instruments are read, then the Convention and the three Protocols are there in order', () => {
    expect(record.instruments.map((i) => [i.key, i.shortName])).toEqual([
      ['UNTOC', 'UNTOC'],
      ['TIP_PROTOCOL', 'Trafficking in Persons Protocol'],
      ['SOM_PROTOCOL', 'Smuggling of Migrants Protocol'],
      ['FIREARMS_PROTOCOL', 'Firearms Protocol'],
    ]);
  });

  it('when the Convention is read, then it was adopted on 15 November 2000 by resolution 55/25 and entered into force on 29 September 2003', () => {
    expect(byKey('UNTOC')).toMatchObject({
      name: 'United Nations Convention against Transnational Organized Crime',
      adoptedOn: '2000-11-15',
      gaResolution: '55/25',
      entryIntoForce: '2003-09-29',
      source: { file: UNTOC_AT_20, line: 94 },
    });
  });

  it('when the two Protocols adopted with the Convention are read, then they carry the date of resolution 55/25 and their own entry into force', () => {
    expect(byKey('TIP_PROTOCOL')).toMatchObject({
      adoptedOn: '2000-11-15',
      gaResolution: '55/25',
      entryIntoForce: '2003-12-25',
    });
    expect(byKey('SOM_PROTOCOL')).toMatchObject({
      adoptedOn: '2000-11-15',
      gaResolution: '55/25',
      entryIntoForce: '2004-01-28',
    });
    // The adoption date comes from the line dating resolution 55/25, and that line is cited.
    expect(byKey('TIP_PROTOCOL')?.fieldSources?.adoptedOn).toEqual({
      file: UNTOC_AT_20,
      line: 94,
    });
    expect(byKey('TIP_PROTOCOL')?.fieldSources?.gaResolution).toEqual({
      file: UNTOC_AT_20,
      line: 220,
    });
  });

  it('when the Firearms Protocol is read, then resolution 55/255 and 3 July 2005 are kept and its adoption, dated only "In 2001", is a fact and a warning', () => {
    expect(byKey('FIREARMS_PROTOCOL')).toMatchObject({
      adoptedOn: null,
      gaResolution: '55/255',
      entryIntoForce: '2005-07-03',
    });
    expect(record.facts).toContainEqual({
      subject: 'Firearms Protocol',
      predicate: 'adoptedInYear',
      value: '2001',
      session: null,
      source: { file: UNTOC_AT_20, line: 233 },
    });
    expect(record.warnings.map((w) => w.source.line)).toContain(233);
  });
});

describe('"UNTOC at 20": the working groups', () => {
  it('when the section is read, then the five permanent working groups have stable keys, mandates and instruments', () => {
    expect(record.workingGroups.map((g) => [g.key, g.name, g.instrument])).toEqual([
      ['WG_TRAFFICKING_IN_PERSONS', 'Working Group on Trafficking in Persons', 'TIP_PROTOCOL'],
      ['WG_SMUGGLING_OF_MIGRANTS', 'Working Group on the Smuggling of Migrants', 'SOM_PROTOCOL'],
      ['WG_FIREARMS', 'Working Group on Firearms', 'FIREARMS_PROTOCOL'],
      ['WG_INTERNATIONAL_COOPERATION', 'Working Group on International Cooperation', 'UNTOC'],
      ['WG_TECHNICAL_ASSISTANCE', 'Working Group of Government Experts on Technical Assistance', 'UNTOC'],
    ]);
    expect(record.workingGroups.find((g) => g.key === 'WG_INTERNATIONAL_COOPERATION')?.advisesOn).toBe(
      'practical issues pertaining to extradition, mutual legal assistance and international cooperation for the purpose of confiscation',
    );
  });

  it('when the decisions are read, then resolution 7/1 made the three Protocol groups permanent and decision 3/2 the one on international cooperation', () => {
    expect(Object.fromEntries(record.workingGroups.map((g) => [g.key, g.establishedBy]))).toEqual({
      WG_TRAFFICKING_IN_PERSONS: 'resolution 7/1',
      WG_SMUGGLING_OF_MIGRANTS: 'resolution 7/1',
      WG_FIREARMS: 'resolution 7/1',
      WG_INTERNATIONAL_COOPERATION: 'decision 3/2',
      WG_TECHNICAL_ASSISTANCE: null,
    });
    expect(record.workingGroups.find((g) => g.key === 'WG_FIREARMS')?.establishedBySource).toEqual({
      file: UNTOC_AT_20,
      line: 708,
    });
  });

  it('when no decision is stated for the technical-assistance group, then a warning says so', () => {
    expect(record.warnings.some((w) => w.source.line === 702 && /Technical Assistance/.test(w.message))).toBe(true);
  });
});

describe('"UNTOC at 20": the Review Mechanism', () => {
  it('when the reviewed facts are applied, then the Mechanism was established in 2018 by resolution 9/1', () => {
    const rm = record.facts.filter((f) => f.subject === 'Review Mechanism');
    expect(rm).toContainEqual({
      subject: 'Review Mechanism',
      predicate: 'establishedBy',
      value: 'resolution 9/1',
      session: null,
      source: { file: UNTOC_AT_20, line: 730 },
    });
    expect(rm.find((f) => f.predicate === 'establishedIn')?.value).toBe('2018');
    expect(rm.find((f) => f.predicate === 'substantiveReviewDuration')?.value).toBe('eight years');
  });
});

describe('"UNTOC at 20": the historical timeline', () => {
  it('when the timeline is read, then it runs from 1975 to 2005 in order', () => {
    expect(record.timeline[0]?.date).toBe('1975-09-01');
    expect(record.timeline.at(-1)).toMatchObject({
      date: '2005-07-03',
      source: { file: UNTOC_AT_20, line: 634 },
    });
    const years = record.timeline.map((t) => Number(t.date.slice(0, 4)));
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(years)).toEqual(
      new Set([1975, 1985, 1990, 1992, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2003, 2004, 2005]),
    );
  });

  it('when a paragraph is cut by a page break, then it is joined and cited at its first line', () => {
    const first = record.timeline[0];
    expect(first?.source.line).toBe(466);
    expect(first?.text).toContain('transnational and national” during the Fifth United Nations Congress');
  });

  it('when a paragraph tells several dated events, then each is an entry as precise as the text', () => {
    const in2004 = record.timeline.filter((t) => t.date.startsWith('2004'));
    expect(in2004.map((t) => t.date)).toEqual(['2004-01-28', '2004-02', '2004-06-28']);
    expect(in2004[2]?.text).toBe(
      'The first session of the Conference of the Parties took place from 28 June to 8 July. In its decision 1/1, it adopted the rules of procedure recommended by the Ad Hoc Committee.',
    );
  });

  it('when the adoption by the General Assembly is looked up, then 15 November 2000 is in the timeline', () => {
    expect(record.timeline.find((t) => t.date === '2000-11-15')?.text).toContain(
      'resolution 55/25 of 15 November 2000',
    );
  });

  it('when footnotes sit inside the timeline, then none of their text leaks into entries', () => {
    expect(record.timeline.some((t) => /Travaux|Ibid|<sup>/.test(t.text))).toBe(false);
  });
});

describe('"UNTOC at 20": UNODC branches and global programmes', () => {
  const byCode = (code: string) => record.unodcUnits.find((u) => u.code === code);

  it('when GLOT60 is looked up, then it is the Global Programme supporting the work of the Conference', () => {
    expect(byCode('GLOT60')).toMatchObject({
      name: 'Global Programme on Support to the work of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      source: { file: UNTOC_AT_20, line: 241 },
    });
  });

  it('when GLOX34 is looked up, then it is the Global Firearms Programme', () => {
    expect(byCode('GLOX34')).toMatchObject({
      name: 'Global Firearms Programme',
      source: { file: UNTOC_AT_20, line: 880 },
    });
  });

  it('when a programme is listed with its acronym, then name and acronym are separated', () => {
    expect(byCode('GLOT59')).toMatchObject({
      name: 'Global Programme Against Trafficking',
      abbreviation: 'GPAT',
    });
    expect(byCode('GLOZ72')).toMatchObject({
      name: 'Building Effective Networks Against Transnational Organized Crime',
      abbreviation: 'BENATOC',
    });
  });

  it('when the codes are collected, then all twelve coded programmes are there once', () => {
    const codes = record.unodcUnits.flatMap((u) => (u.code === null ? [] : [u.code]));
    expect(codes.sort()).toEqual([
      'GLOG80',
      'GLOT32',
      'GLOT59',
      'GLOT60',
      'GLOT92',
      'GLOU40',
      'GLOW97',
      'GLOX34',
      'GLOX46',
      'GLOX76',
      'GLOZ67',
      'GLOZ72',
    ]);
  });

  it('when the branch in charge of the Convention is looked up, then it is OCB, cited where its acronym is given', () => {
    expect(record.unodcUnits.find((u) => u.abbreviation === 'OCB')).toEqual({
      name: 'Organized Crime and Illicit Trafficking Branch',
      code: null,
      parent: null,
      abbreviation: 'OCB',
      source: { file: UNTOC_AT_20, line: 826 },
    });
  });
});
