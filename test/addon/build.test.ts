// The pushed bundle: what Apps Script sees after `clasp push`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { menuHandlers } from '../../addon/src/menu.ts';
import { buildDir, ensureBuilt, PUSHABLE_TEST_ORIGIN, ROOT } from './harness.ts';

describe('the pushable add-on build', () => {
  let code: string;
  beforeAll(() => {
    code = readFileSync(ensureBuilt('production'), 'utf8');
  });

  it('declares every menu handler and trigger as a top-level function Apps Script can call', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    const exported = Object.keys(context.Art30);
    for (const name of ['onOpen', 'onInstall', ...exported]) {
      expect(typeof context[name], name).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
    const declared = new Set(exported);
    const missing = menuHandlers().filter((h) => !declared.has(h));
    // Menu items of features another helper builds appear once their functions exist.
    expect(
      missing.every((h) =>
        ['openActivityForm', 'openRetentionOverview', 'openImport', 'openSettings'].includes(h),
      ),
    ).toBe(true);
  });

  it('leaves no export or require in the pushed script', () => {
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('writes a manifest with the narrow scopes, V8 and an https worker origin only', () => {
    const manifest = JSON.parse(readFileSync(join(buildDir('production'), 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Copenhagen');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
      'https://www.googleapis.com/auth/script.scriptapp',
      'openid',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
    expect(manifest.urlFetchWhitelist).toEqual([PUSHABLE_TEST_ORIGIN]);
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('http://');
    expect(text).not.toContain('localhost');
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toMatch(/auth\/drive|auth\/spreadsheets"/);
  });

  it('never puts the test-only local origin into the pushable folder', () => {
    ensureBuilt('test');
    const pushable = readFileSync(join(buildDir('production'), 'Code.js'), 'utf8');
    expect(pushable).not.toContain('127.0.0.1');
    const testManifest = JSON.parse(readFileSync(join(buildDir('test'), 'appsscript.json'), 'utf8'));
    expect(testManifest.urlFetchWhitelist[0]).toMatch(/^http:\/\/127\.0\.0\.1/);
    const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json.example'), 'utf8'));
    expect(clasp.rootDir).toBe('build/addon');
  });

  it('inlines each client page into one self-contained HTML file', () => {
    const dir = buildDir('production');
    for (const page of ['issues']) {
      const html = readFileSync(join(dir, `${page}.html`), 'utf8');
      expect(html).toContain('<script>');
      expect(html).not.toMatch(/<script[^>]+src=/);
      expect(html).not.toMatch(/<link[^>]+stylesheet/);
    }
  });
});

/** Runs `npm run build:addon` for production with the given origin; nothing is written when it refuses. */
function productionBuild(origin: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, ART30_ADDON_CONFIG: 'production' };
  delete env.ART30_WORKER_ORIGIN;
  if (origin !== undefined) env.ART30_WORKER_ORIGIN = origin;
  return spawnSync(process.execPath, [join(ROOT, 'addon/build.mjs')], { cwd: ROOT, env, encoding: 'utf8' });
}

describe('the production build’s worker origin', () => {
  it('refuses the committed placeholder origin and says to set ART30_WORKER_ORIGIN', () => {
    const run = productionBuild(undefined);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('https://art30.example.org/ is a placeholder');
    expect(run.stderr).toContain('Set ART30_WORKER_ORIGIN to your worker');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['http://art30.nordlys-psykologi.dk/', 'is not https'],
    ['https://reminders.example.com/', 'is a placeholder'],
    ['https://art30.test/', 'is a placeholder'],
    ['https://localhost:8787/', 'is a placeholder'],
    ['https://127.0.0.1/', 'is a placeholder'],
    ['https://art30.nordlys-psykologi.dk/sync/', 'must be an origin'],
  ])('refuses %s as the worker origin', (origin, reason) => {
    const run = productionBuild(origin);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain('ART30_WORKER_ORIGIN');
  });

  it('builds for a real https origin given in ART30_WORKER_ORIGIN, which becomes the only whitelisted URL', () => {
    // The harness builds build/addon this way; a stale folder is rebuilt for the origin.
    const code = readFileSync(ensureBuilt('production'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(buildDir('production'), 'appsscript.json'), 'utf8'));
    expect(manifest.urlFetchWhitelist).toEqual(['https://art30.nordlys-psykologi.dk/']);
    expect(code).toContain('"https://art30.nordlys-psykologi.dk/"');
    expect(code).not.toContain('example.org');
  });
});
