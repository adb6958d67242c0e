// Checking the local worker's process from the outside, so the demo can prove it is gone when
// it exits (and the demo's test can check what the demo reported).

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
