// The project runs on the Node that package.json pins (the `node` dev dependency puts it in
// node_modules/.bin, ahead of the machine's own Node), and so does every process it starts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the runtime', () => {
  it('is Node 24, the version package.json names in engines and installs as a dev dependency', () => {
    expect(process.version.startsWith('v24.')).toBe(true);
    expect(pkg.engines.node).toMatch(/^\^24\./);
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
  });

  it('is the one child processes get too (the demo, the local worker, the CLI bin)', () => {
    const child = spawnSync(process.execPath, ['--version'], { encoding: 'utf8' });
    expect(child.stdout.trim()).toBe(process.version);
  });

  it('runs the tests in Copenhagen time', () => {
    expect(process.env.TZ).toBe('Europe/Copenhagen');
    expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(-120);
  });
});
