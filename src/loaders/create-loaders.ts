// The per-request DataLoaders. Created in the context factory for each request, never shared, so one
// request's cache never answers another's. Records that arrive with a relationship (an event with its
// session, an organizer with its event) prime the by-key loaders, so following them costs no extra query.
import type { Graph } from '../graph/driver.js';
import * as agenda from '../graph/read/agenda.js';
import { documentsByFile } from '../graph/read/documents.js';
import * as events from '../graph/read/events.js';
import * as instruments from '../graph/read/instruments.js';
import * as organizations from '../graph/read/organizations.js';
import * as people from '../graph/read/people.js';
import * as sessions from '../graph/read/sessions.js';
import * as topics from '../graph/read/topics.js';
import { venueEvents } from '../graph/read/venues.js';
import * as workingGroups from '../graph/read/working-groups.js';
import { loaderByKey, loaderOfLists, once } from './batch.js';

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
  const primeEvents = (list: events.EventRecord[]) => list.forEach((e) => event.prime(e.id, e));
  const primeOrganizations = (list: organizations.OrganizationRecord[]) =>
    list.forEach((o) => organization.prime(o.key, o));

  return {
    session: loaderByKey(
      (numbers: readonly number[]) => sessions.sessionsByNumber(graph, numbers),
      (s) => s.number,
    ),
    allSessions: once(() => sessions.allSessions(graph)),
    sessionEvents: loaderOfLists((keys: readonly number[]) => sessions.sessionEvents(graph, keys), primeEvents),
    sessionOrganizations: loaderOfLists(
      (keys: readonly number[]) => sessions.sessionOrganizations(graph, keys),
      (rows) => primeOrganizations(rows.map((r) => r.organization)),
    ),
    sessionTopics: loaderOfLists((keys: readonly number[]) => sessions.sessionTopics(graph, keys)),
    sessionAgenda: loaderOfLists((keys: readonly number[]) => sessions.sessionAgenda(graph, keys)),
    sessionPeople: loaderOfLists((keys: readonly number[]) => sessions.sessionPeople(graph, keys)),

    event,
    eventOrganizers: loaderOfLists(
      (ids: readonly string[]) => events.eventOrganizers(graph, ids),
      (rows) => primeOrganizations(rows.map((r) => r.organization)),
    ),
    eventTopics: loaderOfLists((ids: readonly string[]) => events.eventTopics(graph, ids)),
    eventAgendaItems: loaderOfLists((ids: readonly string[]) => events.eventAgendaItems(graph, ids)),
    eventWorkingGroups: loaderOfLists((ids: readonly string[]) => events.eventWorkingGroups(graph, ids)),
    document: loaderByKey(
      (files: readonly string[]) => documentsByFile(graph, files),
      (d) => d.file,
    ),

    organization,
    organizationMentions: loaderOfLists(
      (keys: readonly string[]) => organizations.organizationMentions(graph, keys),
      (rows) => primeEvents(rows.map((r) => r.event)),
    ),
    organizationUnits: loaderOfLists(
      (keys: readonly string[]) => organizations.organizationUnits(graph, keys),
      primeOrganizations,
    ),
    organizationParents: loaderOfLists(
      (keys: readonly string[]) => organizations.organizationParents(graph, keys),
      primeOrganizations,
    ),
    organizationPartners: loaderOfLists(
      (keys: readonly string[]) => organizations.organizationPartners(graph, keys),
      (rows) => {
        primeEvents(rows.map((r) => r.event));
        primeOrganizations(rows.map((r) => r.partner));
      },
    ),

    topic: loaderByKey(
      (keys: readonly string[]) => topics.topicsByKey(graph, keys),
      (t) => t.key,
    ),
    allTopics: once(() => topics.allTopics(graph)),
    topicEvents: loaderOfLists((keys: readonly string[]) => topics.topicEvents(graph, keys), primeEvents),
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
    instrumentEvents: loaderOfLists(
      (keys: readonly string[]) => instruments.instrumentEvents(graph, keys),
      primeEvents,
    ),

    workingGroup: loaderByKey(
      (keys: readonly string[]) => workingGroups.workingGroupsByKey(graph, keys),
      (w) => w.key,
    ),
    allWorkingGroups: once(() => workingGroups.allWorkingGroups(graph)),
    workingGroupInstruments: loaderOfLists((keys: readonly string[]) =>
      workingGroups.workingGroupInstruments(graph, keys),
    ),
    workingGroupMeetings: loaderOfLists(
      (keys: readonly string[]) => workingGroups.workingGroupMeetings(graph, keys),
      primeEvents,
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

    venueEvents: loaderOfLists((names: readonly string[]) => venueEvents(graph, names), primeEvents),
  };
}
