// Person: someone the reference documents name (a session's President, a speaker) and their roles.
import { sourceOf } from '../graph/read/rows.js';
import { builder } from './builder.js';
import { PersonRelationEnum } from './enums.js';
import { loadNodes } from './nodes.js';
import { OrganizationRef, PersonRef, PersonRoleRef, SessionRef, SourceRefType } from './refs.js';

builder.node(PersonRef, {
  id: { resolve: (p) => p.key },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.person, ids),
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    roles: t.field({ type: [PersonRoleRef], resolve: (p, _args, ctx) => ctx.loaders.personRoles.load(p.key) }),
  }),
});

builder.objectType(PersonRoleRef, {
  description: 'One thing a person did, as a document states it.',
  fields: (t) => ({
    relation: t.field({ type: PersonRelationEnum, resolve: (r) => r.relation }),
    role: t.exposeString('role', { nullable: true }),
    session: t.field({
      type: SessionRef,
      nullable: true,
      resolve: (r, _args, ctx) => (r.session === null ? null : ctx.loaders.session.load(r.session)),
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (r, _args, ctx) => (r.organization === null ? null : ctx.loaders.organization.load(r.organization)),
    }),
    source: t.field({ type: SourceRefType, nullable: true, resolve: (r) => sourceOf(r) }),
  }),
});
