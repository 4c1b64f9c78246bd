// Renders a SessionComparison: organizations and partnerships gained and lost, and topics' shares moving.
import type { OrgRef } from './api.js';
import type { ComparedEdge, SessionComparison, TopicShift } from './comparison.js';
import { h } from './dom.js';
import { kindBadge, orgLink } from './profile.js';

/** Long lists show their first entries; the counts always say how many there are. */
const SHOWN = 40;
/** Topics that moved most are shown; the others fold away. */
const TOPICS_SHOWN = 10;

/**
 * Topics by how far their share moved, either way (ties by name). The API lists the largest rise first and
 * the largest fall last; the panel shows the largest moves first, so falls are not folded away. Moves are
 * compared at 1e-9 so that equal moves computed from different shares (0.2 - 0.1, 0.3 - 0.2) tie.
 */
export function byMovement(topics: readonly TopicShift[]): TopicShift[] {
  const moved = (t: TopicShift) => Math.round(1e9 * Math.abs(t.toShare - t.fromShare));
  return [...topics].sort((x, y) => moved(y) - moved(x) || x.topic.name.localeCompare(y.topic.name));
}

const percent = (share: number) => `${(100 * share).toFixed(0)} %`;

export function renderComparison(c: SessionComparison, onOpen: (name: string) => void) {
  // One change list: a titled section with the first SHOWN items and a count of the rest.
  const changeList = <T>(id: string, title: string, listClass: string, items: T[], item: (x: T) => Node) =>
    h(
      'section',
      { class: `change ${id}`, 'data-change': id, 'data-count': items.length },
      h('h4', {}, `${title} (${items.length})`),
      h(
        'ul',
        { class: listClass },
        items.slice(0, SHOWN).map(item),
        items.length > SHOWN ? h('li', { class: 'more' }, `… and ${items.length - SHOWN} more`) : null,
      ),
    );
  const orgList = (id: string, title: string, orgs: OrgRef[]) =>
    changeList(id, title, 'orgs', orgs, (o) =>
      h('li', { 'data-org': o.name }, kindBadge(o.kind), ' ', orgLink(o.name, o.acronym ?? o.name, onOpen)),
    );
  const edgeList = (id: string, title: string, edges: ComparedEdge[]) =>
    changeList(id, title, 'edges', edges, (e) =>
      h(
        'li',
        {},
        orgLink(e.source.name, e.source.acronym ?? e.source.name, onOpen),
        ' — ',
        orgLink(e.target.name, e.target.acronym ?? e.target.name, onOpen),
        h('span', { class: 'weight' }, ` ${e.weight}`),
      ),
    );
  const topics = byMovement(c.topics);
  const maxShare = Math.max(0.01, ...topics.flatMap((t) => [t.fromShare, t.toShare]));
  return h(
    'div',
    { class: 'comparison', 'data-from': c.from, 'data-to': c.to },
    h(
      'div',
      { class: 'changes' },
      orgList('gained', `Organizations new in COP${c.to}`, c.organizations.gained),
      orgList('lost', `Organizations of COP${c.from} absent from COP${c.to}`, c.organizations.lost),
      orgList('kept', 'In both', c.organizations.kept),
    ),
    h(
      'div',
      { class: 'changes' },
      edgeList('partnerships-gained', 'Partnerships new', c.partnerships.gained),
      edgeList('partnerships-lost', 'Partnerships ended', c.partnerships.lost),
    ),
    h('h4', {}, `Topics: share of side and special events, COP${c.from} → COP${c.to}`),
    topicTable(c, topics.slice(0, TOPICS_SHOWN), maxShare),
    topics.length > TOPICS_SHOWN
      ? h(
          'details',
          {},
          h('summary', {}, `${topics.length - TOPICS_SHOWN} more topics`),
          topicTable(c, topics.slice(TOPICS_SHOWN), maxShare),
        )
      : null,
  );
}

function topicTable(c: SessionComparison, topics: TopicShift[], maxShare: number) {
  return h(
    'table',
    { class: 'topics' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Topic'),
        h('th', { class: 'num' }, `COP${c.from}`),
        h('th', { class: 'num' }, `COP${c.to}`),
        h('th', {}, 'Share'),
      ),
    ),
    h(
      'tbody',
      {},
      topics.map((t) =>
        h(
          'tr',
          { 'data-topic': t.topic.key },
          h('td', {}, t.topic.name),
          h('td', { class: 'num' }, `${t.fromCount}`),
          h('td', { class: 'num' }, `${t.toCount}`),
          h(
            'td',
            { class: 'shares', title: `${percent(t.fromShare)} → ${percent(t.toShare)}` },
            h('span', { class: 'bar from', style: `width: ${(45 * t.fromShare) / maxShare}%` }),
            h('span', { class: 'bar to', style: `width: ${(45 * t.toShare) / maxShare}%` }),
            h(
              'span',
              { class: t.toShare >= t.fromShare ? 'delta up' : 'delta down' },
              `${t.toShare >= t.fromShare ? '▲' : '▼'} ${percent(Math.abs(t.toShare - t.fromShare))}`,
            ),
          ),
        ),
      ),
    ),
  );
}
