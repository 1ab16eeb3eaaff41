/** Memory and CPU of another process, from /proc (Linux): what one platform process costs. */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export interface Usage {
  rssMiB: number;
  /** CPU seconds used so far, user + system. */
  cpuSeconds: number;
}

export function processUsage(pid: number): Usage {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  // Fields after the command name, which is in parentheses and may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMiB: Math.round(rssKiB / 1024), cpuSeconds: ticks / TICKS_PER_SECOND };
}

/** Share of one core used between two readings `ms` apart. */
export const cpuShare = (before: Usage, after: Usage, ms: number) => (after.cpuSeconds - before.cpuSeconds) / (ms / 1000);
