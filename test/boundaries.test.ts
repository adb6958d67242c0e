// The runtime boundaries are the compiler's to enforce: `npm run check` runs `tsc -b`, and each
// folder is a TypeScript project that sees only its own platform's types (docs/architecture.md).
// This proves it the way a mistake would happen: it writes a file into the real folders, runs
// `tsc -b` on those folders' own projects, and reads what the compiler says about each file.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TAG = `boundaryProbe${process.pid}`;

/** One temporary file per case: the folder it goes into and what it contains. */
const PROBES = {
  addonAppsScript: ['addon/src', 'export const name = SpreadsheetApp.getActive().getName();\n'],
  addonNode: [
    'addon/src',
    "export const bytes = Buffer.from('x').length;\nexport const pid = process.pid;\n",
  ],
  clientDom: ['addon/client', "export const title = document.querySelector('h1')?.textContent;\n"],
  clientAppsScript: ['addon/client', 'export const name = SpreadsheetApp.getActive().getName();\n'],
  clientServerImport: ['addon/client', "export type { SyncFailure } from '../src/sync/client.ts';\n"],
  sharedGlobals: [
    'shared',
    "export const all = [process.env, document.title, Buffer.from('x'), SpreadsheetApp.getActive()];\n",
  ],
  workerGlobals: [
    'worker',
    'export const all = [document.title, window.name, SpreadsheetApp.getActive()];\n',
  ],
} as const;
type Probe = keyof typeof PROBES;

const fileOf = (probe: Probe) => `${PROBES[probe][0]}/${TAG}${probe}.ts`;
let output = '';

/** The compiler's error lines about one probe file. */
function errorsIn(probe: Probe): string[] {
  return output.split('\n').filter((line) => line.startsWith(`${fileOf(probe)}(`));
}

function removeProbes(): void {
  for (const probe of Object.keys(PROBES) as Probe[]) rmSync(join(ROOT, fileOf(probe)), { force: true });
}

beforeAll(() => {
  for (const [probe, [, source]] of Object.entries(PROBES))
    writeFileSync(join(ROOT, fileOf(probe as Probe)), source);
  try {
    const folders = [...new Set(Object.values(PROBES).map(([folder]) => folder))];
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-b', '--pretty', 'false', ...folders], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    output = `${run.stdout}${run.stderr}`;
  } finally {
    removeProbes();
  }
});
afterAll(removeProbes);

describe('what `tsc -b` lets each part of the product use', () => {
  it('is what `npm run check` runs first, over a solution that references every probed folder', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: { check: string };
    };
    expect(pkg.scripts.check).toMatch(/^tsc -b &&/);
    const solution = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as {
      references: { path: string }[];
    };
    const referenced = solution.references.map((r) => r.path);
    for (const [folder] of Object.values(PROBES)) expect(referenced).toContain(folder);
  });

  it('lets the add-on’s server code use Apps Script services', () => {
    expect(errorsIn('addonAppsScript')).toEqual([]);
  });

  it('refuses Node’s Buffer and process in the add-on’s server code, which runs in Apps Script', () => {
    const errors = errorsIn('addonNode').join('\n');
    expect(errors).toMatch(/Cannot find name 'Buffer'/);
    expect(errors).toMatch(/Cannot find name 'process'/);
  });

  it('lets a sidebar use the DOM but not Apps Script services, nor import the server code', () => {
    expect(errorsIn('clientDom')).toEqual([]);
    expect(errorsIn('clientAppsScript').join('\n')).toMatch(/Cannot find name 'SpreadsheetApp'/);
    expect(errorsIn('clientServerImport').join('\n')).toMatch(/error TS6307: .*addon\/src\/sync\/client\.ts/);
  });

  it('refuses every platform global in the shared core', () => {
    const errors = errorsIn('sharedGlobals').join('\n');
    for (const name of ['process', 'document', 'Buffer', 'SpreadsheetApp']) {
      expect(errors).toMatch(new RegExp(`Cannot find name '${name}'`));
    }
  });

  // Not Buffer and process: @cloudflare/workers-types declares both (as `any`, for nodejs_compat),
  // so there the compiler cannot refuse them; wrangler.toml enables no Node compatibility.
  it('refuses the DOM and Apps Script in the worker, which runs in workerd', () => {
    const errors = errorsIn('workerGlobals').join('\n');
    for (const name of ['document', 'window', 'SpreadsheetApp']) {
      expect(errors).toMatch(new RegExp(`Cannot find name '${name}'`));
    }
  });
});
