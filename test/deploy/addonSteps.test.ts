// docs/deploy.md's add-on steps, run as written in a copy of the repository with a fresh HOME
// (no clasp credentials): every step before the first one that needs Google succeeds on the
// repository's own files, and clasp stops only for want of a signed-in account.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BEGIN = '<!-- BEGIN ADD-ON STEPS';
const END = '<!-- END ADD-ON STEPS -->';

/** The shell lines between the markers, without the fence. */
function documentedSteps(): string[] {
  const text = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');
  const block = text.slice(text.indexOf(BEGIN), text.indexOf(END));
  return block
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('```'));
}

/** The files a fresh clone would have (tracked and new, not ignored), with node_modules linked. */
function cloneLikeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'art30-deploy-'));
  const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of list.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

interface StepRun {
  line: string;
  status: number | null;
  output: string;
}

/**
 * Runs each line in bash with HOME set to an empty folder, up to the first one that talks to
 * Google. `clasp login` is a person signing in at a browser (it waits for Google's redirect),
 * so it is not run: the fresh HOME is the machine where nobody has signed in.
 */
function runSteps(dir: string, lines: string[]): StepRun[] {
  const home = join(dir, '.fresh-home');
  mkdirSync(home);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    NO_UPDATE_NOTIFIER: '1',
  };
  const runs: StepRun[] = [];
  for (const line of lines) {
    if (line.includes('clasp login')) {
      runs.push({ line, status: null, output: '(a person signs in at a browser)' });
      continue;
    }
    const exported = /^export (\w+)=(\S+)/.exec(line);
    if (exported) env[exported[1]] = exported[2];
    const run = spawnSync('bash', ['-c', line], {
      cwd: dir,
      env,
      encoding: 'utf8',
      input: '',
      timeout: 60_000,
    });
    runs.push({ line, status: run.status, output: `${run.stdout}${run.stderr}` });
    if (/clasp (create|push)/.test(line)) break; // the first step that talks to Google
  }
  return runs;
}

describe('the add-on steps of docs/deploy.md, on a machine where nobody has signed in to clasp', () => {
  const dir = cloneLikeCopy();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('build, then stop at the Google sign-in, never at a file of the repository', {
    timeout: 180_000,
  }, () => {
    const lines = documentedSteps();
    expect(lines.some((l) => l.includes('clasp create --type standalone'))).toBe(true);
    expect(lines.join('\n')).not.toContain('--type sheets');
    expect(existsSync(join(dir, '.clasp.json'))).toBe(false);

    const runs = runSteps(dir, lines);
    const login = runs.findIndex((r) => r.line.includes('clasp login'));
    const create = runs.findIndex((r) => r.line.includes('clasp create'));
    expect(login).toBeGreaterThan(0);
    expect(create).toBe(login + 1);
    expect(create).toBe(runs.length - 1);
    for (const run of runs.slice(0, login)) expect(run, run.output).toMatchObject({ status: 0 });
    // clasp create fails only because no account is signed in, before any request.
    expect(runs[create].status).not.toBe(0);
    expect(runs[create].output).toContain('No credentials found');
    expect(runs[create].output).not.toContain('Project file already exists');

    const manifest = JSON.parse(readFileSync(join(dir, 'build/addon/appsscript.json'), 'utf8'));
    expect(manifest.urlFetchWhitelist).toEqual(['https://art30.your-domain.dk/']);
  });
});
