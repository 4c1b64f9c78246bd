// Argument checks shared by the analysis fields. They run before anything is computed, and each error names
// the argument at fault (and, for sessions, lists the ones that can be asked about).
import type { Context } from '../context.js';
import { badInput } from './errors.js';

/** Throws BAD_USER_INPUT on `argument` unless every session has an ingested programme. */
export async function requireProgrammes(ctx: Context, argument: string, sessions: readonly number[]): Promise<void> {
  const withProgramme = await ctx.analysis.programmeSessions();
  const missing = sessions.filter((s) => !withProgramme.includes(s));
  if (missing.length > 0) {
    const list = missing.join(', ');
    throw badInput(
      argument,
      `"${argument}": no programme of session ${list} was ingested, so its events are unknown. ` +
        `Sessions with a programme: ${withProgramme.join(', ')}.`,
    );
  }
}

/** Throws BAD_USER_INPUT on "to" when both sessions are the same, then checks both have a programme. */
export async function requireTwoProgrammeSessions(ctx: Context, from: number, to: number): Promise<void> {
  if (from === to) throw badInput('to', `"from" and "to" are both ${from}: compare two different sessions.`);
  await requireProgrammes(ctx, 'from', [from]);
  await requireProgrammes(ctx, 'to', [to]);
}

/** Throws BAD_USER_INPUT on `argument` unless min <= value <= max. */
export function requireRange(argument: string, value: number, min: number, max: number): void {
  if (value < min || value > max) throw badInput(argument, `"${argument}" must be between ${min} and ${max}.`);
}
