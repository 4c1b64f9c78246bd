// The Explorer's URL keeps its view: reading what writing produced gives the same view back.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, exportQuery, readViewState, writeViewState } from '../../../src/web/client/view-state.js';

describe('Explorer view state in the URL', () => {
  it('when the view is the default, then the URL has no query at all', () => {
    expect(writeViewState(DEFAULT_VIEW)).toBe('');
    expect(readViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('when sessions, kinds, an organization, a comparison and topics are chosen, then a link restores them', () => {
    const view = {
      sessions: [10, 12],
      kinds: ['STATE', 'NGO'],
      min: 2,
      org: 'GI-TOC',
      from: 6,
      to: 12,
      topics: ['FIREARMS', 'CORRUPTION'],
    };
    const search = writeViewState(view);
    expect(search).toBe('?sessions=10,12&kinds=STATE,NGO&min=2&org=GI-TOC&from=6&to=12&topics=FIREARMS,CORRUPTION');
    expect(readViewState(search)).toEqual(view);
  });

  it('when every session is chosen, then the link says "all" (not the default latest session)', () => {
    expect(writeViewState({ ...DEFAULT_VIEW, sessions: [] })).toBe('?sessions=all');
    expect(readViewState('?sessions=all').sessions).toEqual([]);
  });

  it('when a hand-edited link has junk numbers, then they are dropped rather than breaking the page', () => {
    expect(readViewState('?sessions=12,x,-1&min=zero&from=abc').sessions).toEqual([12]);
    expect(readViewState('?min=zero').min).toBe(1);
    expect(readViewState('?from=abc').from).toBeNull();
  });

  it("when the map's filters become an export link, then they use partnershipNetwork's parameter names", () => {
    expect(exportQuery([12], ['STATE'], 2)).toBe('?sessions=12&kinds=STATE&minSharedEvents=2');
    expect(exportQuery([], null, 1)).toBe('');
  });
});
