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

/** CPU ms per request since a meter started: of each given process (null where it cannot be read), and of this one. */
export interface CpuPerRequest {
  ofPids: (number | null)[];
  ofThisProcess: number;
}

/** Starts measuring the CPU of `pids` and of this process; call the result with the requests served meanwhile. */
export function startCpuMeter(pids: readonly (number | undefined)[]): (requests: number) => CpuPerRequest {
  const before = pids.map(cpuMsOf);
  const self = process.cpuUsage();
  return (requests) => {
    const used = process.cpuUsage(self);
    return {
      ofPids: pids.map((pid, n) => {
        const [start, end] = [before[n]!, cpuMsOf(pid)];
        return start === null || end === null ? null : (end - start) / requests;
      }),
      ofThisProcess: (used.user + used.system) / 1000 / requests,
    };
  };
}
