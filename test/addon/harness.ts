// Loads the BUILT add-on (what clasp pushes) into a node:vm context that holds only the Apps
// Script fakes, as Apps Script would run it, and hands the test its global functions, the
// fake spreadsheet for assertions and the call counter. Builds the bundle first when any
// source is newer than it.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import {
  type AuthModeName,
  createFakes,
  type FakeSpreadsheet,
  type Fakes,
  Instrumentation,
  type Realm,
} from './fakes/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export type BuildConfig = 'test' | 'production';

export function buildDir(config: BuildConfig): string {
  return join(ROOT, 'build', config === 'test' ? 'addon-test' : 'addon');
}

const SOURCES = [
  'addon/src',
  'addon/client',
  'addon/views',
  'addon/config',
  'addon/build.mjs',
  'addon/appsscript.json',
  'shared',
  'templates',
];

function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const f of readdirSync(p)) if (f !== 'node_modules' && !f.startsWith('.')) visit(join(p, f));
    } else if (!p.endsWith('.test.ts')) newest = Math.max(newest, st.mtimeMs);
  };
  for (const s of SOURCES) visit(join(ROOT, s));
  return newest;
}

/**
 * The worker origin the tests build the pushable folder for (ART30_WORKER_ORIGIN): a real-looking
 * https origin of the practice in the screenshots, since a production build refuses placeholders.
 */
export const PUSHABLE_TEST_ORIGIN = 'https://art30.nordlys-psykologi.dk/';

function builtOrigin(config: BuildConfig): string | undefined {
  const manifest = join(buildDir(config), 'appsscript.json');
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { urlFetchWhitelist?: string[] })
    .urlFetchWhitelist?.[0];
}

/** Builds build/addon-test (or build/addon) when it is missing, older than its sources or for another origin. */
export function ensureBuilt(config: BuildConfig = 'test'): string {
  const code = join(buildDir(config), 'Code.js');
  const originOk = config === 'test' || builtOrigin(config) === PUSHABLE_TEST_ORIGIN;
  if (existsSync(code) && originOk && statSync(code).mtimeMs >= newestSource()) return code;
  const run = spawnSync(process.execPath, [join(ROOT, 'addon/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, ART30_ADDON_CONFIG: config, ART30_WORKER_ORIGIN: PUSHABLE_TEST_ORIGIN },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`add-on build failed:\n${run.stderr}${run.stdout}`);
  return code;
}

const scripts = new Map<string, { mtime: number; script: vm.Script }>();

function compiled(file: string): vm.Script {
  const mtime = statSync(file).mtimeMs;
  const hit = scripts.get(file);
  if (hit && hit.mtime === mtime) return hit.script;
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file });
  scripts.set(file, { mtime, script });
  return script;
}

export interface LoadOptions {
  /** The user's locale (Session.getActiveUserLocale), default 'da'. */
  locale?: string;
  /** A prebuilt fake spreadsheet; default a blank one in the user's locale. */
  spreadsheet?: FakeSpreadsheet;
  /** Session.getActiveUser().getEmail(); default ''. */
  userEmail?: string;
  config?: BuildConfig;
}

/** The globals of the add-on: every public top-level function of Code.js. */
export type AddonGlobals = Record<string, (...args: unknown[]) => unknown> & {
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
};

export interface LoadedAddon {
  ctx: AddonGlobals;
  /** The fake spreadsheet, for assertions (calls on it are not counted). */
  ss: FakeSpreadsheet;
  /** Every fake, unwrapped (ui answers, properties, triggers, url fetch handler …). */
  fakes: Fakes;
  calls: Instrumentation['calls'];
  resetCalls(): void;
  /** Runs fn as Apps Script would under the given auth mode (NONE refuses most services). */
  withAuthMode<T>(mode: AuthModeName, fn: () => T): T;
  /** onOpen as a simple trigger fires it. */
  open(mode?: AuthModeName): void;
  /** A value from the add-on's realm as a plain Node value (arrays, Dates, objects). */
  toNode<T = unknown>(v: unknown): T;
  /** A Node value as the add-on's realm would hold it (e.g. google.script.run arguments). */
  toContext<T = unknown>(v: unknown): T;
  realm: Realm;
  /**
   * Runs `fn` as another execution (a concurrent sidebar call or another user's trigger):
   * the document lock this execution holds is not theirs.
   */
  concurrently<T>(fn: () => T): T;
  /** Runs `fn` as another Google user of the same document (their triggers, their identity). */
  asUser<T>(email: string, fn: () => T): T;
  /** Runs every installed trigger of `handler` for this document, each as its owner. */
  fireTriggers(handler: string, event?: Record<string, unknown>): number;
}

export function loadAddon(options: LoadOptions = {}): LoadedAddon {
  const config = options.config ?? 'test';
  const file = ensureBuilt(config);
  const fakes = createFakes({
    spreadsheet: options.spreadsheet,
    userLocale: options.locale,
    userEmail: options.userEmail,
    buildDir: buildDir(config),
  });
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Array, Date, Object })', context) as Realm;
  const inst = new Instrumentation(realm);
  const services = {
    SpreadsheetApp: fakes.SpreadsheetApp,
    HtmlService: fakes.HtmlService,
    PropertiesService: fakes.PropertiesService,
    LockService: fakes.LockService,
    Session: fakes.Session,
    Utilities: fakes.Utilities,
    ScriptApp: fakes.ScriptApp,
    UrlFetchApp: fakes.UrlFetchApp,
    Logger: fakes.Logger,
  };
  for (const [name, fake] of Object.entries(services)) context[name] = inst.wrap(fake);
  // Apps Script's V8 has a console; the tests keep it quiet unless a test looks at it.
  context.console = { log() {}, info() {}, warn() {}, error() {} };
  compiled(file).runInContext(context);
  const ctx = context as AddonGlobals;
  const withAuthMode = <T>(mode: AuthModeName, fn: () => T): T => {
    const before = inst.authMode;
    inst.authMode = mode;
    try {
      return fn();
    } finally {
      inst.authMode = before;
    }
  };
  return {
    ctx,
    ss: fakes.ss,
    fakes,
    calls: inst.calls,
    resetCalls: () => inst.calls.reset(),
    withAuthMode,
    open: (mode = 'FULL') => withAuthMode(mode, () => ctx.onOpen({ authMode: mode })),
    toNode: <T>(v: unknown) => inst.toNode(v) as T,
    toContext: <T>(v: unknown) => inst.toContext(v) as T,
    realm,
    concurrently: (fn) => {
      fakes.LockService.execution++;
      try {
        return fn();
      } finally {
        fakes.LockService.execution--;
      }
    },
    asUser: (email, fn) => asUser(fakes, email, fn),
    fireTriggers: (handler, event = {}) => {
      const due = fakes.ScriptApp.triggers.filter((t) => t.handler === handler && t.sourceId === fakes.ss.id);
      for (const t of due) {
        asUser(fakes, t.owner, () =>
          (ctx[handler] as (e: unknown) => void)(inst.toContext({ authMode: 'FULL', ...event })),
        );
      }
      return due.length;
    },
  };
}

function asUser<T>(fakes: Fakes, email: string, fn: () => T): T {
  const before = {
    user: fakes.ScriptApp.currentUser,
    active: fakes.Session.activeUser.email,
    effective: fakes.Session.effectiveUser.email,
  };
  fakes.ScriptApp.currentUser = email;
  fakes.Session.activeUser.email = email;
  fakes.Session.effectiveUser.email = email;
  fakes.LockService.execution++;
  try {
    return fn();
  } finally {
    fakes.LockService.execution--;
    fakes.ScriptApp.currentUser = before.user;
    fakes.Session.activeUser.email = before.active;
    fakes.Session.effectiveUser.email = before.effective;
  }
}
