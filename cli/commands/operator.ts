// art30 operator tokens create|list|revoke, registers list|revoke, kek rewrap: the operator's command line
// over the worker's admin API (cli/operator/adminClient.ts). The server's address comes from
// --url or ART30_WORKER_URL; the admin token only from ART30_ADMIN_TOKEN, so it never shows in
// a process list or a shell history. Exit 0 done, 1 refused or unreachable, 2 usage.
// JSON: the admin API's reply, as the server sent it.

import type { Lang } from '../../shared/register/types.ts';
import {
  CliError,
  COMMON_OPTIONS,
  langOption,
  noExtraPositionals,
  type ParsedArgs,
  parseCommandArgs,
} from '../args.ts';
import { terminalSafe } from '../input/present.ts';
import type { CliIo } from '../io.ts';
import { type AdminTarget, adminRequest, OperatorFailure } from '../operator/adminClient.ts';
import { OPERATOR_HELP, OPERATOR_TEXT } from '../operator/messages.ts';
import { printJson, printLines } from '../output.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  url: { type: 'string' },
  org: { type: 'string' },
  domain: { type: 'string', multiple: true },
  'max-registers': { type: 'string' },
  'max-enrolments-per-day': { type: 'string' },
  token: { type: 'string' },
} as const;

interface TokenRecord {
  id: string;
  organisation: string;
  allowedDomains: string[];
  maxRegisters: number;
  maxEnrolmentsPerDay: number;
  createdAt: string;
  revokedAt: string | null;
  token?: string;
}

interface RegisterRecord {
  id: string;
  spreadsheetId: string;
  owner: string | null;
  name: string | null;
  createdAt: string;
  lastSyncAt: string | null;
  holdingCount: number;
}

function usage(text: (typeof OPERATOR_TEXT)[keyof typeof OPERATOR_TEXT], code: string): CliError {
  return new CliError(text as { da: string; en: string }, `usage.${code}`);
}

function target(values: ParsedArgs['values'], io: CliIo): AdminTarget {
  const url = String(values.url ?? io.env.ART30_WORKER_URL ?? '').trim();
  if (!url) throw usage(OPERATOR_TEXT.missingUrl, 'missingUrl');
  if (!/^https?:\/\/[^\s/]+/.test(url)) throw new CliError(OPERATOR_TEXT.badUrl(url), 'usage.badUrl');
  const adminToken = io.env.ART30_ADMIN_TOKEN?.trim();
  if (!adminToken) throw usage(OPERATOR_TEXT.missingAdminToken, 'missingAdminToken');
  return { url, adminToken };
}

function wholeNumber(values: ParsedArgs['values'], name: string): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (!/^\d{1,6}$/.test(String(value)))
    throw new CliError(OPERATOR_TEXT.badNumber(`--${name}`, String(value)), 'usage.badNumber');
  return Number(value);
}

function requiredId(positionals: string[]): string {
  noExtraPositionals(positionals, 3);
  const id = positionals[2];
  if (!id) throw usage(OPERATOR_TEXT.missingId, 'missingId');
  return id;
}

const cell = (text: string | number | null | undefined, lang: Lang) =>
  text === null || text === undefined || text === '' ? OPERATOR_TEXT.never[lang] : terminalSafe(String(text));

function tokenLines(tokens: TokenRecord[], lang: Lang): string[] {
  if (tokens.length === 0) return [OPERATOR_TEXT.none[lang]];
  return [
    OPERATOR_TEXT.tokenHeader[lang],
    ...tokens.map((t) =>
      [
        t.id,
        terminalSafe(t.organisation),
        t.allowedDomains.length > 0 ? t.allowedDomains.join(',') : OPERATOR_TEXT.any[lang],
        t.maxRegisters,
        t.maxEnrolmentsPerDay,
        t.createdAt,
        t.revokedAt ? t.revokedAt : '–',
      ].join('\t'),
    ),
  ];
}

function registerLines(registers: RegisterRecord[], lang: Lang): string[] {
  if (registers.length === 0) return [OPERATOR_TEXT.none[lang]];
  return [
    OPERATOR_TEXT.registerHeader[lang],
    ...registers.map((r) =>
      [
        r.id,
        r.spreadsheetId,
        cell(r.owner, lang),
        cell(r.name, lang),
        r.createdAt,
        cell(r.lastSyncAt, lang),
        r.holdingCount,
      ].join('\t'),
    ),
  ];
}

interface RewrapReply {
  kekVersion: number;
  rewrapped: number;
  unreadable: string[];
  remaining: number;
}

/** Calls POST /admin/kek/rewrap (bounded per call) until a call re-wraps nothing more. */
async function rewrapAll(admin: AdminTarget): Promise<RewrapReply> {
  const total: RewrapReply = { kekVersion: 0, rewrapped: 0, unreadable: [], remaining: 0 };
  for (;;) {
    const reply = await adminRequest<RewrapReply>(admin, 'POST', '/kek/rewrap');
    total.kekVersion = reply.kekVersion;
    total.rewrapped += reply.rewrapped;
    total.unreadable = reply.unreadable;
    total.remaining = reply.remaining;
    if (reply.rewrapped === 0 || reply.remaining <= reply.unreadable.length) return total;
  }
}

/** Runs one action; returns what to print (JSON reply and the lines for a person). */
async function act(
  positionals: string[],
  values: ParsedArgs['values'],
  io: CliIo,
  lang: Lang,
): Promise<{ json: unknown; lines: string[] }> {
  const [group, action] = positionals;
  const key = `${group ?? ''} ${action ?? ''}`.trim();
  switch (key) {
    case 'tokens create': {
      noExtraPositionals(positionals, 2);
      const organisation = typeof values.org === 'string' ? values.org : '';
      if (!organisation.trim()) throw usage(OPERATOR_TEXT.missingOrg, 'missingOrg');
      const body = {
        organisation,
        allowedDomains: (values.domain as unknown as string[] | undefined) ?? [],
        maxRegisters: wholeNumber(values, 'max-registers'),
        maxEnrolmentsPerDay: wholeNumber(values, 'max-enrolments-per-day'),
      };
      const created = await adminRequest<TokenRecord & { token: string }>(
        target(values, io),
        'POST',
        '/tokens',
        body,
      );
      return {
        json: created,
        lines: [
          OPERATOR_TEXT.tokenCreated(created.id, terminalSafe(created.organisation), created.token)[lang],
        ],
      };
    }
    case 'tokens list': {
      noExtraPositionals(positionals, 2);
      const reply = await adminRequest<{ tokens: TokenRecord[] }>(target(values, io), 'GET', '/tokens');
      return { json: reply, lines: tokenLines(reply.tokens, lang) };
    }
    case 'tokens revoke': {
      const id = requiredId(positionals);
      const reply = await adminRequest(target(values, io), 'DELETE', `/tokens/${encodeURIComponent(id)}`);
      return { json: reply, lines: [OPERATOR_TEXT.tokenRevoked(id)[lang]] };
    }
    case 'registers list': {
      noExtraPositionals(positionals, 2);
      const query = typeof values.token === 'string' ? `?token=${encodeURIComponent(values.token)}` : '';
      const reply = await adminRequest<{ registers: RegisterRecord[] }>(
        target(values, io),
        'GET',
        `/registers${query}`,
      );
      return { json: reply, lines: registerLines(reply.registers, lang) };
    }
    case 'registers revoke': {
      const id = requiredId(positionals);
      const reply = await adminRequest(target(values, io), 'DELETE', `/registers/${encodeURIComponent(id)}`);
      return { json: reply, lines: [OPERATOR_TEXT.registerRevoked(id)[lang]] };
    }
    case 'kek rewrap': {
      noExtraPositionals(positionals, 2);
      const reply = await rewrapAll(target(values, io));
      return { json: reply, lines: [OPERATOR_TEXT.rewrapped(reply)[lang]] };
    }
    default:
      throw new CliError(OPERATOR_TEXT.unknownAction(key), 'usage.unknownAction');
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const lang = langOption(values) ?? 'da';
  if (values.help || positionals.length === 0) {
    io.stdout.write(`${OPERATOR_HELP[lang]}\n`);
    return values.help ? 0 : 2;
  }
  try {
    const { json, lines } = await act(positionals, values, io, lang);
    if (values.json) printJson(io, json);
    else printLines(io, lines);
    return 0;
  } catch (error) {
    if (!(error instanceof OperatorFailure)) throw error;
    const url = String(values.url ?? io.env.ART30_WORKER_URL ?? '');
    const text =
      error.kind === 'unreachable'
        ? OPERATOR_TEXT.unreachable(url, error.detail)
        : OPERATOR_TEXT.refused(error.status, terminalSafe(error.detail));
    io.stderr.write(`art30: ${text[lang]}\n`);
    if (values.json)
      printJson(io, { error: { code: `operator.${error.kind}`, status: error.status, message: text[lang] } });
    return 1;
  }
}
