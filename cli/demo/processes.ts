// Finding and checking the local worker's process from the outside, so the demo can say which
// process it started and prove it is gone when it exits. cli/local keeps its child to itself;
// the demo gives the worker a data folder of its own and looks for the process whose command
// line names that folder (Linux /proc; elsewhere the pid is simply not reported).

import { readdirSync, readFileSync } from 'node:fs';

/** The pid of a process whose command line contains every fragment, or null. */
export function findProcess(fragments: readonly string[]): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return null;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (fragments.every((f) => cmdline.includes(f))) return Number(entry);
  }
  return null;
}

/** True while any process of the group led by `pid` is alive (the worker's host and its workerd). */
export function processGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
