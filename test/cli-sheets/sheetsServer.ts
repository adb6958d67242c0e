// A local HTTP server implementing the Sheets API v4 endpoints the CLI calls, over the same
// in-memory grid model as the add-on's fakes (FakeSpreadsheet in test/addon/fakes): so the
// add-on (through SpreadsheetApp fakes) and the CLI (through googleapis over HTTP) can read and
// write one and the same spreadsheet. Endpoints:
//   GET  /v4/spreadsheets/{id}?includeGridData=true   (spreadsheets.get; `fields` is not parsed:
//        the reply carries every field the CLI asks for, as Sheets would for its mask)
//   POST /v4/spreadsheets                              (spreadsheets.create)
//   POST /v4/spreadsheets/{id}:batchUpdate             (spreadsheets.batchUpdate; see createApply.ts)
//   POST /token                                        (Google's OAuth 2.0 token endpoint, for the
//        service-account JWT grant, the authorization-code grant with PKCE and refresh)
// Access is by bearer token: each token names a principal (an email address), and a spreadsheet
// is readable by the principals it is shared with, as Google's own errors say it (401
// UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 429 RESOURCE_EXHAUSTED). Every request
// is counted by endpoint: that count is the CLI's "API calls per command" figure.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDate } from '../addon/fakes/base.ts';
import { type FakeSheet, FakeSpreadsheet } from '../addon/fakes/spreadsheet.ts';
import { zoneOffset } from '../addon/fakes/time.ts';
import { applyBatchUpdate, createFromBody } from './createApply.ts';

/** Days from the Sheets epoch (30 December 1899) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

export interface TokenGrant {
  principal: string;
  /** An expired token is refused with 401, as Google refuses one. */
  expired?: boolean;
  scopes?: string[];
}

export type Endpoint = 'get' | 'create' | 'batchUpdate' | 'token' | 'other';

export interface SheetsServer {
  url: string;
  spreadsheets: Map<string, FakeSpreadsheet>;
  /** Who may read each spreadsheet (principal emails); a spreadsheet absent here is open to every valid token. */
  sharedWith: Map<string, Set<string>>;
  tokens: Map<string, TokenGrant>;
  calls: Record<Endpoint, number>;
  /** Every request's query string by endpoint, in order (to check render options and fields). */
  queries: { endpoint: Endpoint; search: URLSearchParams }[];
  /** The next `times` API requests fail with this status (429, 503 …) before normal service resumes. */
  failNext(status: number, times: number): void;
  /** The next `times` API requests have their connection dropped without an answer. */
  dropNext(times: number): void;
  /** Token-endpoint requests, parsed (grant type and fields), in order. */
  tokenRequests: URLSearchParams[];
  /** What the token endpoint answers for an authorization code (set by the OAuth test). */
  authorizationCodes: Map<string, { principal: string; codeVerifier?: string }>;
  resetCalls(): void;
  close(): Promise<void>;
}

/** A date cell's serial number as Sheets' SERIAL_NUMBER rendering gives it: days since 1899-12-30 in the sheet's zone. */
export function serialOf(date: Date, timeZone: string): number {
  const local = date.getTime() + zoneOffset(date.getTime(), timeZone);
  return local / DAY_MS + UNIX_EPOCH_SERIAL;
}

type CellData = Record<string, unknown>;

/** One cell as spreadsheets.get with grid data gives it. */
function cellData(sheet: FakeSheet, row: number, col: number, timeZone: string): CellData {
  const value = sheet.values.get(row, col);
  const formula = sheet.formulas.get(row, col);
  const pattern = sheet.numberFormats.get(row, col);
  const note = sheet.notes.get(row, col);
  const cell: CellData = {};
  if (formula) cell.userEnteredValue = { formulaValue: formula };
  if (isDate(value)) {
    const serial = serialOf(value, timeZone);
    cell.effectiveValue = { numberValue: serial };
    const type = Number.isInteger(serial) ? 'DATE' : 'DATE_TIME';
    cell.effectiveFormat = { numberFormat: { type, pattern: pattern ?? 'yyyy-mm-dd' } };
  } else if (typeof value === 'number') {
    cell.effectiveValue = { numberValue: value };
  } else if (typeof value === 'boolean') {
    cell.effectiveValue = { boolValue: value };
  } else if (value !== '') {
    cell.effectiveValue = { stringValue: value };
  }
  if (!isDate(value) && pattern) cell.effectiveFormat = { numberFormat: numberFormatOf(pattern) };
  if (note) cell.note = note;
  return cell;
}

function numberFormatOf(pattern: string): { type: string; pattern: string } {
  if (pattern === '@') return { type: 'TEXT', pattern };
  if (/[yd]/i.test(pattern)) return { type: 'DATE', pattern };
  return { type: 'NUMBER', pattern };
}

/** A sheet as spreadsheets.get with grid data gives it: the used area, trailing blanks left off. */
function sheetJson(sheet: FakeSheet, index: number, timeZone: string, withGrid: boolean): CellData {
  const properties = {
    sheetId: sheet.gid,
    title: sheet.name,
    index,
    sheetType: 'GRID',
    hidden: sheet.hidden || undefined,
    gridProperties: {
      rowCount: sheet.maxRows,
      columnCount: sheet.maxCols,
      frozenRowCount: sheet.frozenRows || undefined,
    },
  };
  const json: CellData = {
    properties,
    merges: sheet.merges.map((m) => ({
      sheetId: sheet.gid,
      startRowIndex: m.row - 1,
      endRowIndex: m.row - 1 + m.rows,
      startColumnIndex: m.col - 1,
      endColumnIndex: m.col - 1 + m.cols,
    })),
  };
  if (!withGrid) return json;
  const rows = sheet.usedRows();
  const cols = sheet.usedCols();
  const rowData = [];
  for (let r = 1; r <= rows; r++) {
    const values: CellData[] = [];
    for (let c = 1; c <= cols; c++) values.push(cellData(sheet, r, c, timeZone));
    while (values.length > 0 && Object.keys(values[values.length - 1]).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  json.data = [{ startRow: 0, startColumn: 0, rowData }];
  return json;
}

/** The spreadsheet resource: properties and sheets (with grid data when asked). */
export function spreadsheetJson(ss: FakeSpreadsheet, withGrid: boolean): CellData {
  return {
    spreadsheetId: ss.id,
    properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
    sheets: ss.sheets.map((s, i) => sheetJson(s, i, ss.timeZone, withGrid)),
    spreadsheetUrl: ss.getUrl(),
  };
}

function googleError(res: ServerResponse, code: number, status: string, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify({ error: { code, message, status } }));
}

function sendJson(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(value));
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The payload of a JWT (not verified: the test server trusts its own callers). */
function jwtPayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** An ID token as the token endpoint returns one (unsigned here: the CLI reads it for display only). */
function unsignedJwt(claims: Record<string, unknown>): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(claims)}.`;
}

export async function startSheetsServer(): Promise<SheetsServer> {
  const spreadsheets = new Map<string, FakeSpreadsheet>();
  const sharedWith = new Map<string, Set<string>>();
  const tokens = new Map<string, TokenGrant>();
  const calls: Record<Endpoint, number> = { get: 0, create: 0, batchUpdate: 0, token: 0, other: 0 };
  const queries: SheetsServer['queries'] = [];
  const tokenRequests: URLSearchParams[] = [];
  const authorizationCodes: SheetsServer['authorizationCodes'] = new Map();
  const failures: number[] = [];
  let drops = 0;
  let issued = 0;
  let created = 0;

  const issue = (principal: string, scopes: string[]) => {
    issued++;
    const token = `ya29.local-${issued}`;
    tokens.set(token, { principal, scopes });
    return token;
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    calls.token++;
    const form = new URLSearchParams(await bodyOf(req));
    tokenRequests.push(form);
    const grant = form.get('grant_type');
    if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const claims = jwtPayload(form.get('assertion') ?? '');
      const scopes = String(claims.scope ?? '').split(' ');
      return sendJson(res, {
        access_token: issue(String(claims.iss), scopes),
        expires_in: 3599,
        token_type: 'Bearer',
      });
    }
    if (grant === 'authorization_code') {
      const code = authorizationCodes.get(form.get('code') ?? '');
      if (!code) return googleError(res, 400, 'invalid_grant', 'Malformed auth code.');
      authorizationCodes.delete(form.get('code') ?? '');
      return sendJson(res, {
        access_token: issue(code.principal, []),
        refresh_token: `1//refresh-${code.principal}`,
        id_token: unsignedJwt({ email: code.principal, email_verified: true }),
        expires_in: 3599,
        scope: 'https://www.googleapis.com/auth/spreadsheets.readonly',
        token_type: 'Bearer',
      });
    }
    if (grant === 'refresh_token') {
      const refresh = form.get('refresh_token') ?? '';
      if (!refresh.startsWith('1//refresh-')) {
        res.writeHead(400, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }),
        );
      }
      return sendJson(res, {
        access_token: issue(refresh.slice(11), []),
        expires_in: 3599,
        token_type: 'Bearer',
      });
    }
    googleError(res, 400, 'unsupported_grant_type', `grant ${grant}`);
  };

  /** The principal of the request's bearer token, or null after answering 401. */
  const authorise = (req: IncomingMessage, res: ServerResponse): string | null => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const grant = bearer ? tokens.get(bearer) : undefined;
    if (!grant || grant.expired) {
      googleError(
        res,
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      );
      return null;
    }
    return grant.principal;
  };

  const readable = (id: string, principal: string, res: ServerResponse): FakeSpreadsheet | null => {
    const ss = spreadsheets.get(id);
    if (!ss) {
      googleError(res, 404, 'NOT_FOUND', 'Requested entity was not found.');
      return null;
    }
    const shared = sharedWith.get(id);
    if (shared && !shared.has(principal)) {
      googleError(res, 403, 'PERMISSION_DENIED', 'The caller does not have permission');
      return null;
    }
    return ss;
  };

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const get = /^\/v4\/spreadsheets\/([^/:]+)$/.exec(url.pathname);
    const batch = /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/.exec(url.pathname);
    const endpoint: Endpoint =
      req.method === 'GET' && get
        ? 'get'
        : req.method === 'POST' && batch
          ? 'batchUpdate'
          : req.method === 'POST' && url.pathname === '/v4/spreadsheets'
            ? 'create'
            : 'other';
    calls[endpoint]++;
    queries.push({ endpoint, search: url.searchParams });
    if (drops > 0) {
      drops--;
      req.socket.destroy();
      return;
    }
    const failure = failures.shift();
    if (failure !== undefined) {
      res.setHeader('retry-after', '0');
      return googleError(
        res,
        failure,
        failure === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE',
        failure === 429
          ? "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'."
          : 'The service is currently unavailable.',
      );
    }
    const principal = authorise(req, res);
    if (principal === null) return;
    if (endpoint === 'get') {
      const ss = readable(decodeURIComponent(get?.[1] ?? ''), principal, res);
      if (ss) sendJson(res, spreadsheetJson(ss, url.searchParams.get('includeGridData') === 'true'));
      return;
    }
    if (endpoint === 'create') {
      created++;
      const ss = createFromBody(JSON.parse(await bodyOf(req)), `created-${created}-${'x'.repeat(30)}`);
      spreadsheets.set(ss.id, ss);
      sharedWith.set(ss.id, new Set([principal]));
      return sendJson(res, spreadsheetJson(ss, false));
    }
    if (endpoint === 'batchUpdate') {
      const ss = readable(decodeURIComponent(batch?.[1] ?? ''), principal, res);
      if (!ss) return;
      const body = JSON.parse(await bodyOf(req)) as { requests?: unknown[] };
      try {
        const replies = applyBatchUpdate(ss, body.requests ?? []);
        return sendJson(res, { spreadsheetId: ss.id, replies });
      } catch (error) {
        return googleError(res, 400, 'INVALID_ARGUMENT', (error as Error).message);
      }
    }
    googleError(res, 404, 'NOT_FOUND', `no such endpoint ${req.method} ${url.pathname}`);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = url.pathname === '/token' ? token(req, res) : api(req, res, url);
    handle.catch((error: unknown) => googleError(res, 500, 'INTERNAL', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spreadsheets,
    sharedWith,
    tokens,
    calls,
    queries,
    tokenRequests,
    authorizationCodes,
    failNext: (status, times) => {
      for (let i = 0; i < times; i++) failures.push(status);
    },
    dropNext: (times) => {
      drops += times;
    },
    resetCalls: () => {
      for (const k of Object.keys(calls) as Endpoint[]) calls[k] = 0;
      queries.length = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export { FakeSpreadsheet };
