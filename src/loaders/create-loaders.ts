// The per-request DataLoaders. Created in the context factory for each request, never shared, so one
// request's cache never answers another's. Records that arrive with a relationship (an event with its
// organizers, a partnership with its sessions) prime the by-key loaders, so following them costs no query.
import type { Graph } from '../graph/driver.js';
import * as agenda from '../graph/read/agenda.js';
import { documentsByFile } from '../graph/read/documents.js';
import * as events from '../graph/read/events.js';
import * as instruments from '../graph/read/instruments.js';
import * as network from '../graph/read/network.js';
import * as organizations from '../graph/read/organizations.js';
import * as people from '../graph/read/people.js';
import type { EventRecord, OrganizationRecord, Page, SessionRecord } from '../graph/read/records.js';
import * as sessions from '../graph/read/sessions.js';
import * as topics from '../graph/read/topics.js';
import { venueEvents } from '../graph/read/venues.js';
import * as workingGroups from '../graph/read/working-groups.js';
import { loaderByKey, loaderOfLists, once, requestLoader } from './batch.js';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(graph: Graph) {
  const event = loaderByKey(
    (ids: readonly string[]) => events.eventsById(graph, ids),
    (e) => e.id,
  );
  const organization = loaderByKey(
    (keys: readonly string[]) => organizations.organizationsByKey(graph, keys),
    (o) => o.key,
  );
  const session = loaderByKey(
    (numbers: readonly number[]) => sessions.sessionsByNumber(graph, numbers),
    (s) => s.number,
  );
  const primeEvents = (list: readonly EventRecord[]) => list.forEach((e) => event.prime(e.id, e));
  const primeOrganizations = (list: readonly OrganizationRecord[]) => list.forEach((o) => organization.prime(o.key, o));
  const primeSessions = (list: readonly SessionRecord[]) => list.forEach((s) => session.prime(s.number, s));
  const primePages = (pages: readonly Page<EventRecord>[]) => pages.forEach((p) => primeEvents(p.page));

  return {
    session,
    sessionEvents: requestLoader(
      (requests: Parameters<typeof sessions.sessionEvents>[1]) => sessions.sessionEvents(graph, requests),
      primePages,
    ),
    sessionOrganizations: requestLoader(
      (requests: Parameters<typeof sessions.sessionOrganizations>[1]) => sessions.sessionOrganizations(graph, requests),
      (lists) => lists.forEach((rows) => primeOrganizations(rows.map((r) => r.organization))),
    ),
    sessionTopics: loaderOfLists((keys: readonly number[]) => sessions.sessionTopics(graph, keys)),
    sessionAgenda: loaderOfLists((keys: readonly number[]) => sessions.sessionAgenda(graph, keys)),
    sessionPeople: loaderOfLists((keys: readonly number[]) => sessions.sessionPeople(graph, keys)),

    event,
    eventOrganizers: requestLoader(
      (requests: Parameters<typeof events.eventOrganizers>[1]) => events.eventOrganizers(graph, requests),
      (lists) => lists.forEach((rows) => primeOrganizations(rows.map((r) => r.organization))),
    ),
    eventTopics: loaderOfLists((ids: readonly string[]) => events.eventTopics(graph, ids)),
    eventAgendaItems: loaderOfLists((ids: readonly string[]) => events.eventAgendaItems(graph, ids)),
    eventWorkingGroups: loaderOfLists((ids: readonly string[]) => events.eventWorkingGroups(graph, ids)),
    document: loaderByKey(
      (files: readonly string[]) => documentsByFile(graph, files),
      (d) => d.file,
    ),

    organization,
    organizationEvents: requestLoader(
      (requests: Parameters<typeof organizations.organizationEvents>[1]) =>
        organizations.organizationEvents(graph, requests),
      primePages,
    ),
    organizationMentions: requestLoader(
      (requests: Parameters<typeof organizations.organizationMentions>[1]) =>
        organizations.organizationMentions(graph, requests),
      (lists) => lists.forEach((rows) => primeEvents(rows.map((r) => r.event))),
    ),
    organizationTimeline: requestLoader((requests: readonly { key: string }[]) =>
      organizations.organizationTimelines(graph, requests),
    ),
    organizationUnits: loaderOfLists(
      (keys: readonly string[]) => organizations.organizationUnits(graph, keys),
      primeOrganizations,
    ),
    organizationParents: loaderOfLists(
      (keys: readonly string[]) => organizations.organizationParents(graph, keys),
      primeOrganizations,
    ),
    organizationPartners: requestLoader(
      (requests: Parameters<typeof network.organizationPartners>[1]) => network.organizationPartners(graph, requests),
      (lists) =>
        lists.forEach(({ anchor, partners }) => {
          if (anchor) primeOrganizations([anchor]);
          partners.forEach((p) => {
            if (p.completeOrganization !== false) primeOrganizations([p.organization]);
            if (p.complete !== false) primeEvents(p.events);
            primeSessions(p.sessions);
          });
        }),
    ),

    topic: loaderByKey(
      (keys: readonly string[]) => topics.topicsByKey(graph, keys),
      (t) => t.key,
    ),
    /** By key or name, trimmed and lower-cased (the lookup of topic(name:) and every `topic` argument). */
    topicByName: loaderByKey(
      async (names: readonly string[]) => topics.topicsByName(graph, names),
      (row) => row.name,
    ),
    allTopics: once(() => topics.allTopics(graph)),
    topicEvents: requestLoader(
      (requests: Parameters<typeof topics.topicEvents>[1]) => topics.topicEvents(graph, requests),
      primePages,
    ),
    topicTrend: requestLoader((requests: readonly { key: string }[]) => topics.topicTrends(graph, requests)),
    topicInstruments: loaderOfLists((keys: readonly string[]) => topics.topicInstruments(graph, keys)),

    instrument: loaderByKey(
      (keys: readonly string[]) => instruments.instrumentsByKey(graph, keys),
      (i) => i.key,
    ),
    allInstruments: once(() => instruments.allInstruments(graph)),
    instrumentTopics: loaderOfLists((keys: readonly string[]) => instruments.instrumentTopics(graph, keys)),
    instrumentWorkingGroups: loaderOfLists((keys: readonly string[]) =>
      instruments.instrumentWorkingGroups(graph, keys),
    ),
    instrumentStatuses: loaderOfLists((keys: readonly string[]) => instruments.instrumentStatuses(graph, keys)),
    instrumentParties: requestLoader((requests: Parameters<typeof instruments.instrumentParties>[1]) =>
      instruments.instrumentParties(graph, requests),
    ),
    instrumentEvents: requestLoader(
      (requests: Parameters<typeof instruments.instrumentEvents>[1]) => instruments.instrumentEvents(graph, requests),
      primePages,
    ),

    workingGroup: loaderByKey(
      (keys: readonly string[]) => workingGroups.workingGroupsByKey(graph, keys),
      (w) => w.key,
    ),
    allWorkingGroups: once(() => workingGroups.allWorkingGroups(graph)),
    workingGroupInstruments: loaderOfLists((keys: readonly string[]) =>
      workingGroups.workingGroupInstruments(graph, keys),
    ),
    workingGroupMeetings: requestLoader(
      (requests: Parameters<typeof workingGroups.workingGroupMeetings>[1]) =>
        workingGroups.workingGroupMeetings(graph, requests),
      primePages,
    ),

    agendaItem: loaderByKey(
      (keys: readonly string[]) => agenda.agendaItemsByKey(graph, keys),
      (a) => a.key,
    ),
    agendaItemEvents: loaderOfLists((keys: readonly string[]) => agenda.agendaItemEvents(graph, keys), primeEvents),

    person: loaderByKey(
      (keys: readonly string[]) => people.peopleByKey(graph, keys),
      (p) => p.key,
    ),
    personRoles: loaderOfLists((keys: readonly string[]) => people.personRoles(graph, keys)),

    venueEvents: requestLoader(
      (requests: Parameters<typeof venueEvents>[1]) => venueEvents(graph, requests),
      primePages,
    ),
  };
}
