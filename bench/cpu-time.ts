// CPU time of a process from Linux /proc, for the benches' CPU-per-request figures.
import { readFileSync } from 'node:fs';

/** User + system CPU time of a process so far, in ms (null without a pid, or where /proc is not there). */
export function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name), in clock ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
