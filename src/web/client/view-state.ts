// What the Explorer shows, kept in the URL so a view can be shared as a link:
//   ?sessions=10,12&kinds=STATE,NGO&min=2&org=GI-TOC&from=10&to=12&topics=FIREARMS,CORRUPTION
// Pure functions (no DOM), unit-tested.

export interface ViewState {
  /** Sessions of the map; null: the default (the latest session with a programme); [] : every session. */
  sessions: number[] | null;
  /** Kinds of the map (both ends of an edge); null: every kind. */
  kinds: string[] | null;
  /** Minimum shared events of an edge. */
  min: number;
  /** The organization whose profile is open, by name, acronym or alias. */
  org: string | null;
  /** The two sessions compared; null: the two latest sessions with a programme. */
  from: number | null;
  to: number | null;
  /** Topic keys on the trend chart; null: the most frequent ones. */
  topics: string[] | null;
}

export const DEFAULT_VIEW: ViewState = {
  sessions: null,
  kinds: null,
  min: 1,
  org: null,
  from: null,
  to: null,
  topics: null,
};

const list = (value: string | null) =>
  value === null
    ? null
    : value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');

const numbers = (value: string | null) => {
  const items = list(value);
  if (items === null) return null;
  return items.map(Number).filter((n) => Number.isInteger(n) && n > 0);
};

const oneNumber = (value: string | null) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
};

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const sessions = params.get('sessions');
  return {
    sessions: sessions === 'all' ? [] : numbers(sessions),
    kinds: list(params.get('kinds'))?.map((k) => k.toUpperCase()) ?? null,
    min: oneNumber(params.get('min')) ?? 1,
    org: params.get('org') || null,
    from: oneNumber(params.get('from')),
    to: oneNumber(params.get('to')),
    topics: list(params.get('topics')),
  };
}

/** The query string for a state (defaults left out, so links stay short). Starts with "?" unless empty. */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.sessions !== null) params.set('sessions', state.sessions.length === 0 ? 'all' : state.sessions.join(','));
  if (state.kinds !== null) params.set('kinds', state.kinds.join(','));
  if (state.min !== 1) params.set('min', String(state.min));
  if (state.org !== null) params.set('org', state.org);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.topics !== null) params.set('topics', state.topics.join(','));
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** The export/partnershipNetwork filters of the map: `sessions=12&kinds=STATE&minSharedEvents=2`. */
export function exportQuery(sessions: readonly number[], kinds: readonly string[] | null, min: number): string {
  const params = new URLSearchParams();
  if (sessions.length > 0) params.set('sessions', sessions.join(','));
  if (kinds !== null) params.set('kinds', kinds.join(','));
  if (min !== 1) params.set('minSharedEvents', String(min));
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}
