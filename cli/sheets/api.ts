// The CLI's Sheets API client: @googleapis/sheets (the per-API package of googleapis: one API's
// generated client instead of all of them) over the chosen credentials, pointed at
// --sheets-api-root / ART30_SHEETS_API_ROOT when given (tests, private gateways). Every call goes
// through `callSheets`, which retries rate limits (429) and, for reads, server errors and dropped
// connections with exponential backoff, and turns Google's errors into messages a person can act on.

import { sheets, type sheets_v4 } from '@googleapis/sheets';
import type { Lang } from '../../shared/register/types.ts';
import { CliError } from '../args.ts';
import type { GoogleCredentials } from './credentials.ts';
import { SHEETS_MESSAGES } from './messages.ts';

export const DEFAULT_SHEETS_ROOT = 'https://sheets.googleapis.com/';

export interface SheetsSession {
  api: sheets_v4.Sheets;
  root: string;
  credentials: GoogleCredentials;
  retry: RetryPolicy;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first pause; each next one doubles (with up to 25 % jitter), at most 32 s. */
  baseMs: number;
}

/** Five attempts, pausing 1, 2, 4 and 8 s: Google's advice for 429 is truncated exponential backoff. */
export function retryPolicy(env: Readonly<Record<string, string | undefined>>): RetryPolicy {
  const base = Number(env.ART30_SHEETS_RETRY_BASE_MS);
  return { attempts: 5, baseMs: Number.isFinite(base) && base >= 0 ? base : 1000 };
}

export function sheetsSession(
  credentials: GoogleCredentials,
  root: string | undefined,
  retry: RetryPolicy,
): SheetsSession {
  const rootUrl = root?.trim() || DEFAULT_SHEETS_ROOT;
  // retry: false — the library's own retries would hide the attempts from callSheets.
  // googleapis-common still pins google-auth-library 10 for its types; the client of the
  // current release (11) has the same request interface, which is all it uses.
  const auth = credentials.client as unknown as sheets_v4.Options['auth'];
  const api = sheets({ version: 'v4', auth, rootUrl, retry: false });
  return { api, root: rootUrl, credentials, retry };
}

interface GoogleError {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; data?: unknown; headers?: unknown };
  config?: { url?: string | URL };
}

function statusOf(error: GoogleError): number {
  const status = error.status ?? error.response?.status;
  return typeof status === 'number' ? status : 0;
}

/** An OAuth token endpoint's refusal (its `error` is a string such as "invalid_grant"). */
function isTokenRefusal(error: GoogleError): boolean {
  const data = error.response?.data as { error?: unknown } | undefined;
  return typeof data?.error === 'string' || String(error.config?.url ?? '').includes('/token');
}

function googleMessage(error: GoogleError): string {
  const data = error.response?.data as { error?: { message?: string } | string; error_description?: string };
  if (data && typeof data.error === 'object' && data.error?.message) return data.error.message;
  if (data?.error_description) return data.error_description;
  return error.message ?? String(error);
}

/** A kept-alive connection the server closed just as it was reused, or a reset: safe to repeat a read. */
function droppedConnection(error: GoogleError): boolean {
  return (
    statusOf(error) === 0 &&
    /ECONNRESET|EPIPE|socket hang up/i.test(`${error.code ?? ''} ${error.message ?? ''}`)
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The error a person reads for a failed call. */
function explain(error: GoogleError, session: SheetsSession, spreadsheetId: string | null): CliError {
  const status = statusOf(error);
  if (status === 0 && !isTokenRefusal(error)) {
    const detail = error.message ?? String(error);
    if (/credential|metadata|default/i.test(detail) && !/ECONN|ENOTFOUND|fetch failed/.test(detail)) {
      return new CliError(SHEETS_MESSAGES.noCredentials, 'credentials.none');
    }
    return new CliError(SHEETS_MESSAGES.unreachable(session.root, detail), 'sheets.unreachable');
  }
  if (isTokenRefusal(error) || status === 401) {
    return new CliError(
      SHEETS_MESSAGES.credentialsExpired(googleMessage(error).slice(0, 200)),
      'sheets.credentialsExpired',
    );
  }
  const id = spreadsheetId ?? '';
  if (status === 403) {
    return new CliError(SHEETS_MESSAGES.noAccess(id, session.credentials.principal), 'sheets.noAccess');
  }
  if (status === 404) return new CliError(SHEETS_MESSAGES.notFound(id), 'sheets.notFound');
  if (status === 429)
    return new CliError(SHEETS_MESSAGES.rateLimited(session.retry.attempts), 'sheets.rateLimited');
  return new CliError(
    SHEETS_MESSAGES.apiError(status, googleMessage(error).slice(0, 300)),
    'sheets.apiError',
  );
}

/**
 * Runs one API call, retrying a rate limit (always: Google did not act on the request) and a
 * server error (for reads only) after a growing pause; any other failure is explained at once.
 */
export async function callSheets<T>(
  session: SheetsSession,
  spreadsheetId: string | null,
  kind: 'read' | 'write',
  call: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const status = statusOf(error as GoogleError);
      const retryable =
        status === 429 || (kind === 'read' && (status >= 500 || droppedConnection(error as GoogleError)));
      if (!retryable || attempt >= session.retry.attempts)
        throw explain(error as GoogleError, session, spreadsheetId);
      const pause = Math.min(32_000, session.retry.baseMs * 2 ** (attempt - 1));
      await sleep(pause + Math.random() * pause * 0.25);
    }
  }
}

export type { Lang };
