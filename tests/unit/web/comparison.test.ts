// Session comparison computed from two sessions' organizations, partnerships and topics.
import { describe, expect, it } from 'vitest';
import type { OrgRef } from '../../../src/web/client/api.js';
import { compareSnapshots, type SessionSnapshot } from '../../../src/web/client/comparison.js';

const org = (key: string, kind = 'STATE'): OrgRef => ({ key, name: key.toUpperCase(), acronym: null, kind });
const edge = (a: OrgRef, b: OrgRef, weight = 1) => ({ source: a, target: b, weight, sessions: [] });
const [mex, gbr, gitoc, unodc] = [org('mex'), org('gbr'), org('gitoc', 'NGO'), org('unodc', 'UN')];

const cop10: SessionSnapshot = {
  number: 10,
  organizations: [mex, gbr, unodc],
  edges: [edge(mex, unodc), edge(gbr, unodc, 2)],
  topics: [
    { topic: { key: 'TIP', name: 'Trafficking' }, eventCount: 5 },
    { topic: { key: 'COVID', name: 'COVID-19' }, eventCount: 3 },
  ],
  programmeEvents: 50,
};
const cop12: SessionSnapshot = {
  number: 12,
  organizations: [gitoc, unodc, mex],
  // Same pair as COP10 written the other way round: kept, not gained.
  edges: [edge(unodc, mex, 3), edge(gitoc, mex)],
  topics: [{ topic: { key: 'TIP', name: 'Trafficking' }, eventCount: 15 }],
  programmeEvents: 60,
};

describe('session comparison', () => {
  const c = compareSnapshots(cop10, cop12);

  it('when an organization appears only in the later session, then it is gained; only earlier, lost', () => {
    expect(c.organizations.gained.map((o) => o.key)).toEqual(['gitoc']);
    expect(c.organizations.lost.map((o) => o.key)).toEqual(['gbr']);
    expect(c.organizations.kept.map((o) => o.key)).toEqual(['mex', 'unodc']);
  });

  it('when a pair partnered in both sessions, then it is neither gained nor lost, whatever the order', () => {
    expect(c.partnerships.gained.map((e) => [e.source.key, e.target.key])).toEqual([['gitoc', 'mex']]);
    expect(c.partnerships.lost.map((e) => [e.source.key, e.target.key])).toEqual([['gbr', 'unodc']]);
  });

  it("when topics move, then shares are of each session's side and special events, biggest moves first", () => {
    expect(c.topics[0]).toEqual({
      topic: { key: 'TIP', name: 'Trafficking' },
      fromCount: 5,
      toCount: 15,
      fromShare: 0.1,
      toShare: 0.25,
    });
    expect(c.topics[1]).toMatchObject({ topic: { key: 'COVID' }, fromCount: 3, toCount: 0, toShare: 0 });
  });
});
