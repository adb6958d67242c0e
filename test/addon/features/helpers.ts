// Helpers for the sidebar features' vm tests: a fixed "now" inside the add-on's realm and a
// way to call a google.script.run target as the page would (plain JSON in, plain JSON out).

import type { LoadedAddon } from '../harness.ts';

/** Makes Date.now() inside the add-on return noon (Copenhagen) of the given civil date. */
export function fixToday(addon: LoadedAddon, iso: string): void {
  const instant = Date.parse(`${iso}T12:00:00+01:00`);
  addon.realm.Date.now = () => instant;
}

export type Result<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/**
 * Calls a public function with JSON-cloned arguments (google.script.run passes copies) and
 * returns its result as a Node value, after checking it is plain JSON as the real bridge requires.
 */
export function callPublic<T>(addon: LoadedAddon, name: string, ...args: unknown[]): Result<T> {
  const fn = addon.ctx[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a public function of the bundle`);
  const result = fn(...args.map((a) => addon.toContext(a === undefined ? a : JSON.parse(JSON.stringify(a)))));
  const node = addon.toNode(result);
  // A Date in a return value makes the page receive null:
  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  // (see fakes/README.md, "to verify on a real deployment").
  if (containsDate(node)) return null as unknown as Result<T>;
  assertPlainJson(node, name);
  return node as Result<T>;
}

function containsDate(v: unknown): boolean {
  if (Object.prototype.toString.call(v) === '[object Date]') return true;
  if (Array.isArray(v)) return v.some(containsDate);
  if (v && typeof v === 'object') return Object.values(v).some(containsDate);
  return false;
}

export function assertPlainJson(value: unknown, where: string): void {
  const visit = (v: unknown, path: string): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`${where}: ${path} is not a finite number`);
      return;
    }
    if (v === undefined) return;
    if (Object.prototype.toString.call(v) === '[object Date]') throw new Error(`${where}: ${path} is a Date`);
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        visit(x, `${path}[${i}]`);
      });
      return;
    }
    if (typeof v === 'object') {
      for (const [k, x] of Object.entries(v as object)) visit(x, `${path}.${k}`);
      return;
    }
    throw new Error(`${where}: ${path} is a ${typeof v}`);
  };
  visit(value, 'result');
}
