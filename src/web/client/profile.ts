// The organization profile: partners with shared-event counts, its timeline per session, and its events,
// each citing the document and line it was read from.
import { KIND_LABELS, colorOfKind } from '../palette.js';
import type { Profile } from './api.js';
import { h } from './dom.js';

export function kindBadge(kind: string) {
  return h('span', { class: 'kind', style: `--kind-color: ${colorOfKind(kind)}` }, KIND_LABELS[kind] ?? kind);
}

export function orgLink(name: string, label: string, onOpen: (name: string) => void) {
  const link = h('a', { href: '#', class: 'org-link', 'data-org': name }, label);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onOpen(name);
  });
  return link;
}

const cite = (source: { document: string; line: number } | null) =>
  source
    ? h('code', { class: 'source', title: 'document:line it was read from' }, `${source.document}:${source.line}`)
    : '';

export function renderProfile(profile: Profile, scope: string, kinds: string[] | null, onOpen: (name: string) => void) {
  const partners = profile.partners.filter((p) => kinds === null || kinds.includes(p.organization.kind));
  const maxTotal = Math.max(1, ...profile.timeline.map((t) => t.total));
  return h(
    'article',
    { class: 'profile', 'data-key': profile.key },
    h('h3', {}, profile.name, ' ', kindBadge(profile.kind)),
    h(
      'p',
      { class: 'meta' },
      [profile.acronym, profile.iso3, profile.parent ? `part of ${profile.parent.name}` : null]
        .filter((v) => v)
        .join(' · '),
    ),
    h('h4', {}, `Partners (${partners.length}) — ${scope}`),
    partners.length === 0
      ? h('p', { class: 'empty' }, 'No co-organizers in this scope.')
      : h(
          'table',
          { class: 'partners' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', {}, 'Partner'),
              h('th', {}, 'Kind'),
              h('th', { class: 'num' }, 'Shared events'),
              h('th', {}, 'Sessions'),
            ),
          ),
          h(
            'tbody',
            {},
            partners.map((p) =>
              h(
                'tr',
                { 'data-kind': p.organization.kind, 'data-partner': p.organization.name },
                h('td', {}, orgLink(p.organization.name, p.organization.name, onOpen)),
                h('td', {}, kindBadge(p.organization.kind)),
                h('td', { class: 'num shared' }, p.sharedEventCount),
                h('td', {}, p.sessions.map((s) => `COP${s}`).join(', ')),
              ),
            ),
          ),
        ),
    h('h4', {}, 'Timeline (all sessions)'),
    h(
      'table',
      { class: 'timeline' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'Session'),
          h('th', { class: 'num' }, 'Lead'),
          h('th', { class: 'num' }, 'Partner'),
          h('th', {}, 'Events'),
        ),
      ),
      h(
        'tbody',
        {},
        profile.timeline.map((t) =>
          h(
            'tr',
            { 'data-session': t.session },
            h('td', {}, `COP${t.session}${t.year ? ` (${t.year})` : ''}`),
            h('td', { class: 'num' }, t.asLead),
            h('td', { class: 'num' }, t.asPartner),
            h('td', {}, h('span', { class: 'bar', style: `width: ${(100 * t.total) / maxTotal}%` }), ' ', t.total),
          ),
        ),
      ),
    ),
    h('h4', {}, `Events (${profile.mentions.length}) — ${scope}`),
    h(
      'ol',
      { class: 'events' },
      profile.mentions.map((m) =>
        h(
          'li',
          { 'data-event': m.event.key },
          h(
            'span',
            { class: 'when' },
            `${m.event.date} · COP${m.event.session} · ${m.role === 'LEAD' ? 'lead' : 'partner'}`,
          ),
          h('span', { class: 'title' }, m.event.title),
          h('span', { class: 'cite' }, 'read from ', cite(m.source ?? m.event.source)),
        ),
      ),
    ),
  );
}
