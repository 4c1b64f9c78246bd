// Export filters and formats: bad input is refused with one line naming the parameter, before any query.
import { describe, expect, it } from 'vitest';
import { ExportInputError, checkSessionsExist, parseFilter } from '../../../src/export/filters.js';
import { plannedFiles } from '../../../src/export/formats.js';

const parse = (query: string) => parseFilter(new URLSearchParams(query));
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExportInputError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('export filters', () => {
  it('when no parameter is given, then the whole network with at least one shared event', () => {
    expect(parse('')).toEqual({ sessions: null, kinds: null, minSharedEvents: 1 });
  });

  it('when sessions and kinds are listed or repeated, then they are read, sorted and deduplicated', () => {
    expect(parse('sessions=12,10&sessions=10&kinds=state,NGO&minSharedEvents=2')).toEqual({
      sessions: [10, 12],
      kinds: ['STATE', 'NGO'],
      minSharedEvents: 2,
    });
  });

  it.each([
    ['kinds=STATE,FOO', '"kinds": unknown kind "FOO" (one of'],
    ['sessions=ten', '"sessions": "ten" is not a session number'],
    ['sessions=', '"sessions" is empty'],
    ['minSharedEvents=0', '"minSharedEvents" must be at least 1.'],
    ['minSharedEvents=-3', '"minSharedEvents": "-3" is not a whole number of at least 1.'],
    ['session=12', 'Unknown parameter "session" (use sessions, kinds, minSharedEvents).'],
  ])('when the query is %s, then it is refused in one line', (query, reason) => {
    const message = refusal(() => parse(query));
    expect(message).toContain(reason);
    expect(message).not.toContain('\n');
  });

  it('when a session number is not in the graph, then the refusal lists the sessions there are', async () => {
    const graphql = async <T>() => ({ sessions: { nodes: [{ number: 10 }, { number: 12 }] } }) as T;
    await expect(checkSessionsExist(graphql, parse('sessions=12,99'))).rejects.toThrow(
      '"sessions": no session 99 in the graph (known: 10, 12).',
    );
    await expect(checkSessionsExist(graphql, parse('sessions=10'))).resolves.toBeUndefined();
  });
});

describe('export CLI formats', () => {
  it('when the format is csv, then two tables are written beside each other', () => {
    expect(plannedFiles('csv', '/tmp/net.csv').map((f) => [f.file.name, f.path])).toEqual([
      ['nodes.csv', '/tmp/net.nodes.csv'],
      ['edges.csv', '/tmp/net.edges.csv'],
    ]);
    expect(plannedFiles('graphml', '/tmp/n.graphml').map((f) => f.file.name)).toEqual(['network.graphml']);
  });

  it('when the format does not exist, then it is refused naming the formats', () => {
    expect(refusal(() => plannedFiles('xml', '/tmp/x'))).toBe(
      '--format: unknown format "xml" (one of graphml, gexf, csv, nodes.csv, edges.csv).',
    );
  });
});
