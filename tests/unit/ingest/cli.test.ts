// The ingest command as a user runs it, without Neo4j: --dry-run --json and its exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run('npx', ['tsx', 'ingest/cli.ts', ...args], { maxBuffer: 32 * 1024 * 1024 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe('npm run ingest -- --dry-run --json', () => {
  it('when run on the bundled corpus, then it prints sessions, events and organizations as one JSON document', async () => {
    const { code, stdout } = await cli('--dry-run', '--json');
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.sessions.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(plan.sessions.find((s: { number: number }) => s.number === 12)).toMatchObject({
      startDate: '2024-10-14',
      endDate: '2024-10-18',
      city: 'Vienna',
    });
    const balkans = plan.events.find((e: { title: string }) => e.title.includes('WESTERN BALKANS'));
    expect(balkans).toMatchObject({
      session: 10,
      date: '2020-10-12',
      start: '14:00',
      end: '14:50',
      kind: 'SIDE_EVENT',
      venue: 'Online',
      organizers: [{ name: 'United Kingdom', kind: 'STATE', iso3: 'GBR' }],
      partners: [{ name: 'Global Initiative against Transnational Organized Crime', kind: 'NGO', iso3: null }],
      source: { file: '000_6fa93a35363d56cd.txt', line: 75 },
    });
    const gitoc = plan.organizations.find((o: { name: string }) => o.name.startsWith('Global Initiative against'));
    expect(gitoc.acronym).toBe('GI-TOC');
    expect(gitoc.aliases).toEqual(
      expect.arrayContaining(['Global Initiative Against Transnational Organized Crime (GI-TOC)']),
    );
  }, 60_000);

  it('when a file is in no known layout, then it exits non-zero and names the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-cli-'));
    writeFileSync(join(dir, 'notes.txt'), 'Shopping list\nmilk\n');
    const { code, stdout } = await cli('--dry-run', join(dir, 'notes.txt'));
    expect(code).toBe(1);
    expect(stdout).toContain('notes.txt:1: document in no known layout');
  }, 60_000);
});
