// The runtime boundaries are the compiler's to enforce: addon/src runs in Apps Script, where
// Node's globals do not exist, and `npm run check` type-checks it with addon/src/tsconfig.json
// (Apps Script types only). This runs that config's compiler on a probe file beside it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const probes = mkdtempSync(join(tmpdir(), 'art30-boundary-'));
afterAll(() => rmSync(probes, { recursive: true, force: true }));

/** Type-checks one file as if it were in addon/src; the compiler's output, and whether it passed. */
function checkAsAddonSource(name: string, source: string): { ok: boolean; output: string } {
  const dir = join(probes, name);
  const config = {
    extends: join(ROOT, 'addon/src/tsconfig.json'),
    compilerOptions: { typeRoots: [join(ROOT, 'node_modules/@types')] },
    include: ['probe.ts'],
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'probe.ts'), source);
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['--noEmit', '-p', dir], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

describe('the add-on server code’s type boundary', () => {
  it('accepts Apps Script services', () => {
    const result = checkAsAddonSource(
      'apps-script',
      'export const name = SpreadsheetApp.getActive().getName();\n',
    );
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('refuses Node’s Buffer and process', () => {
    const buffer = checkAsAddonSource('buffer', "export const bytes = Buffer.from('x').length;\n");
    expect(buffer.ok).toBe(false);
    expect(buffer.output).toMatch(/Cannot find name 'Buffer'/);
    const proc = checkAsAddonSource('process', 'export const pid = process.pid;\n');
    expect(proc.ok).toBe(false);
    expect(proc.output).toMatch(/Cannot find name 'process'/);
  });
});
