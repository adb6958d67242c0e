// A small promise wrapper around google.script.run, the only way a sidebar talks to the
// server. Server functions of this add-on return plain JSON: either { ok: true, value } or an
// error value { ok: false, code, message } (message already in the register's language), so
// a page never has to read a raw exception; a transport failure (quota, lost session) is
// turned into the same error shape here.

/** The chainable runner HtmlService injects as `google.script.run`. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare global {
  // biome-ignore lint/suspicious/noExplicitAny: HtmlService's global has no published client types
  var google: any;
}

export interface ServerError {
  ok: false;
  code: string;
  message: string;
}

export type ServerResult<T> = { ok: true; value: T } | ServerError;

function runner(): ScriptRunner {
  const run = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google?.script?.run;
  if (!run) throw new Error('google.script.run is not available: this page must be served by HtmlService');
  return run;
}

/**
 * Calls a public server function and resolves with its result value. Every failure — an
 * error value from the server or a transport failure — resolves as a ServerError, so the
 * page has one place to show it.
 */
export function callServer<T>(name: string, ...args: unknown[]): Promise<ServerResult<T>> {
  return new Promise((resolve) => {
    let chained: ScriptRunner;
    try {
      chained = runner()
        .withSuccessHandler((value) => resolve(asResult<T>(value)))
        .withFailureHandler((error) =>
          resolve({ ok: false, code: 'transport', message: String(error?.message ?? error) }),
        );
    } catch (error) {
      resolve({ ok: false, code: 'transport', message: String((error as Error).message) });
      return;
    }
    const fn = chained[name];
    if (typeof fn !== 'function') {
      resolve({ ok: false, code: 'transport', message: `Unknown server function: ${name}` });
      return;
    }
    fn.apply(chained, args);
  });
}

function asResult<T>(value: unknown): ServerResult<T> {
  if (value && typeof value === 'object' && 'ok' in value) {
    const v = value as { ok: unknown };
    if (v.ok === true && 'value' in v) return v as ServerResult<T>;
    if (v.ok === false) return v as ServerError;
  }
  return { ok: false, code: 'badReply', message: 'Unexpected reply from the server' };
}
