// The set of Apps Script service fakes one test uses, and the Proxy layer that (1) counts every
// method call by "Class.method", (2) moves values across the vm realm boundary (arrays, Dates
// and plain objects handed to the add-on are created in its context, so `instanceof Date`
// works there), and (3) refuses what AuthMode.NONE forbids.

import { CallCounter, FAKE_NAME, isDate, isFake } from './base.ts';
import {
  type AuthModeName,
  FakeLockService,
  FakeLogger,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
  FakeUrlFetchApp,
  FakeUtilities,
} from './services.ts';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet.ts';
import { FakeHtmlService, FakeUi } from './ui.ts';

export * from './base.ts';
export * from './services.ts';
export * from './spreadsheet.ts';
export * from './ui.ts';

export interface FakeOptions {
  /** The prebuilt spreadsheet (default: a blank one with the user's locale). */
  spreadsheet?: FakeSpreadsheet;
  /** Session.getActiveUserLocale() (default 'da'). */
  userLocale?: string;
  /** Session.getActiveUser().getEmail() (default '', as for many consumer accounts). */
  userEmail?: string;
  /** Where createHtmlOutputFromFile reads pages from. */
  buildDir: string;
}

export interface Fakes {
  SpreadsheetApp: FakeSpreadsheetApp;
  ui: FakeUi;
  HtmlService: FakeHtmlService;
  PropertiesService: FakePropertiesService;
  LockService: FakeLockService;
  Session: FakeSession;
  Utilities: FakeUtilities;
  ScriptApp: FakeScriptApp;
  UrlFetchApp: FakeUrlFetchApp;
  Logger: FakeLogger;
  ss: FakeSpreadsheet;
}

export function createFakes(opts: FakeOptions): Fakes {
  const userLocale = opts.userLocale ?? 'da';
  const ss =
    opts.spreadsheet ?? FakeSpreadsheet.blank({ locale: userLocale.startsWith('da') ? 'da_DK' : 'en_GB' });
  const ui = new FakeUi();
  const session = new FakeSession(userLocale, ss.timeZone);
  session.activeUser.email = opts.userEmail ?? '';
  session.effectiveUser.email = opts.userEmail ?? '';
  const scriptApp = new FakeScriptApp();
  if (opts.userEmail) scriptApp.currentUser = opts.userEmail;
  const lockService = new FakeLockService();
  // Releasing the lock with writes not flushed lets the next holder read stale cells.
  lockService.document.onRelease = () => {
    if (ss.pendingWrites > 0) ss.releasedUnflushed++;
  };
  // Earlier executions have ended when this one takes the lock: Apps Script applied their writes.
  lockService.document.onAcquire = () => {
    ss.pendingWrites = 0;
  };
  return {
    SpreadsheetApp: new FakeSpreadsheetApp(ss, () => ui as unknown as GoogleAppsScript.Base.Ui),
    ui,
    HtmlService: new FakeHtmlService(opts.buildDir),
    PropertiesService: new FakePropertiesService(),
    LockService: lockService,
    Session: session,
    Utilities: new FakeUtilities(),
    ScriptApp: scriptApp,
    UrlFetchApp: new FakeUrlFetchApp(),
    Logger: new FakeLogger(),
    ss,
  };
}

/** The constructors of the vm context, so values handed to the add-on belong to its realm. */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
}

/**
 * What AuthMode.LIMITED refuses: the network, installable triggers and the user's identity
 * (the bound document, its UI and its properties stay open):
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
const REFUSED_WHEN_LIMITED = [
  'UrlFetchApp.',
  'ScriptApp.newTrigger',
  'ScriptApp.getUserTriggers',
  'ScriptApp.getProjectTriggers',
  'ScriptApp.deleteTrigger',
  'Session.getActiveUser',
  'Session.getEffectiveUser',
];

/** What AuthMode.NONE lets an add-on's onOpen call: building the menu and reading the locale. */
const ALLOWED_WITHOUT_AUTH = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
  'Session.getActiveUserLocale',
  'Logger.log',
]);

export class Instrumentation {
  readonly calls = new CallCounter();
  authMode: AuthModeName = 'FULL';
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();

  constructor(private readonly realm: Realm) {}

  /** The proxy the add-on sees for a fake. */
  wrap<T extends object>(raw: T): T {
    const cached = this.proxies.get(raw);
    if (cached) return cached as T;
    const name = (raw as unknown as Record<symbol, string>)[FAKE_NAME];
    const proxy = new Proxy(raw, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        const key = `${name}.${prop}`;
        return (...args: unknown[]) => {
          this.calls.count(key);
          if (this.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.has(key)) {
            throw new Error(`Exception: You do not have permission to call ${key} (AuthMode.NONE).`);
          }
          if (this.authMode === 'LIMITED' && REFUSED_WHEN_LIMITED.some((p) => key.startsWith(p))) {
            throw new Error(`Exception: You do not have permission to call ${key} (AuthMode.LIMITED).`);
          }
          const result = value.apply(
            target,
            args.map((a) => this.toNode(a)),
          );
          return this.toContext(result);
        };
      },
      set: () => false,
    });
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy;
  }

  /** Node-realm value → value of the add-on's realm. */
  toContext(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (isFake(v)) return this.wrap(v);
    if (Array.isArray(v)) return this.realm.Array.from(v, (x) => this.toContext(x));
    if (isDate(v)) return new this.realm.Date(v.getTime());
    if (Object.getPrototypeOf(v) === Object.prototype) {
      const o = new this.realm.Object() as Record<string, unknown>;
      for (const [k, x] of Object.entries(v)) o[k] = this.toContext(x);
      return o;
    }
    return v;
  }

  /** Value from the add-on's realm → Node-realm value the fakes store. */
  toNode(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    const raw = this.raws.get(v);
    if (raw) return raw;
    if (Array.isArray(v)) return Array.from(v, (x) => this.toNode(x));
    if (isDate(v)) return new Date((v as Date).getTime());
    const proto = Object.getPrototypeOf(v);
    if (proto === this.realm.Object.prototype || proto === Object.prototype) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = this.toNode(x);
      return o;
    }
    return v;
  }
}
