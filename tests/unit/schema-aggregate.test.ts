import { describe, expect, it } from 'vitest';
import {
  compareAgendaNumbers,
  countPerSession,
  groupPartnerships,
  timelineOf,
} from '../../src/graph/read/aggregate.js';
import type { EventRecord } from '../../src/graph/read/events.js';
import type { OrganizationRecord } from '../../src/graph/read/organizations.js';
import { escapeLucene } from '../../src/graph/read/search.js';

const org = (key: string, name: string, kind: OrganizationRecord['kind']): OrganizationRecord => ({
  key,
  name,
  kind,
  iso3: null,
  acronym: null,
  code: null,
  aliases: [],
  known: true,
});
const event = (id: string, session: number): EventRecord => ({
  id,
  session,
  kind: 'SIDE_EVENT',
  title: id,
  description: null,
  date: '2020-10-12',
  start: null,
  end: null,
  venue: null,
  online: false,
  sourceFile: 'f.txt',
  sourceLine: 1,
});

describe('groupPartnerships', () => {
  const mexico = org('state:MEX', 'Mexico', 'STATE');
  const uk = org('state:GBR', 'United Kingdom', 'STATE');
  const ngo = org('org:x', 'An NGO', 'NGO');
  const rows = [
    { partner: uk, event: event('a', 10) },
    { partner: mexico, event: event('a', 10) },
    { partner: mexico, event: event('b', 12) },
    { partner: uk, event: event('c', 12) },
    { partner: ngo, event: event('c', 12) },
  ];

  it('when partners share as many events, then they are ordered by name, and sessions are listed once', () => {
    const result = groupPartnerships(rows, { kinds: ['STATE'] });
    expect(result.map((p) => [p.organization.name, p.sharedEventCount, p.sessions])).toEqual([
      ['Mexico', 2, [10, 12]],
      ['United Kingdom', 2, [10, 12]],
    ]);
  });

  it('when sessions and minSharedEvents are given, then only events of those sessions count', () => {
    expect(groupPartnerships(rows, { sessions: [12], minSharedEvents: 1 }).map((p) => p.organization.name)).toEqual([
      'An NGO',
      'Mexico',
      'United Kingdom',
    ]);
    expect(groupPartnerships(rows, { sessions: [12], minSharedEvents: 2 })).toEqual([]);
  });
});

describe('per-session counts', () => {
  it('when an organization leads and partners, then the timeline counts each role and each event once', () => {
    const e = event('a', 10);
    expect(
      timelineOf([
        { event: e, role: 'LEAD', surface: null, sourceFile: null, sourceLine: null },
        { event: event('b', 10), role: 'PARTNER', surface: null, sourceFile: null, sourceLine: null },
      ]),
    ).toEqual([{ session: 10, asLead: 1, asPartner: 1, total: 2 }]);
  });

  it('when a session has no events on a topic, then its trend shows zero rather than a gap', () => {
    expect(countPerSession([event('a', 12)], [6, 10, 12])).toEqual([
      { session: 6, eventCount: 0 },
      { session: 10, eventCount: 0 },
      { session: 12, eventCount: 1 },
    ]);
  });

  it('when agenda numbers have sub-items, then "2 (a)" sorts before "10"', () => {
    expect(['10', '2 (b)', '2', '2 (a)'].sort(compareAgendaNumbers)).toEqual(['2', '2 (a)', '2 (b)', '10']);
  });
});

describe('escapeLucene', () => {
  it('when user text holds Lucene operators, then they are escaped so the words match literally', () => {
    expect(escapeLucene('GI-TOC (Geneva) AND "UK"~2 a/b')).toBe('GI\\-TOC \\(Geneva\\) and \\"UK\\"\\~2 a\\/b');
  });
});
