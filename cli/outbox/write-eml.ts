// Writes the worker's captured mail to disk. workerd has no file system, so in local and demo
// mode the outbox table is the capture: this reads its rows (the JSON of a local endpoint, a
// `wrangler d1 execute --json` result, or a D1 `.all()` result) and writes each message as an
// .eml file, built with the same MIME writer the worker sends with, and as an .html file for a
// quick look in a browser.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildMimeMessage } from '../../email/mime.ts';
import type { Localized } from '../../shared/register/types.ts';

/** One outbox row as D1 returns it (migration 0002). */
export interface OutboxRow {
  id: string;
  register_id: string;
  run_date: string;
  recipient: string;
  kind: string;
  subject: string;
  status: string;
  sent_at: string;
  body_text: string | null;
  body_html: string | null;
}

const L = (da: string, en: string): Localized => ({ da, en });

export const OUTBOX_MESSAGES = {
  notRows: L(
    'Forventede udbakke-rækker: en JSON-liste af rækker, et D1-resultat { results: [...] } eller output fra wrangler d1 execute --json.',
    'Expected outbox rows: a JSON list of rows, a D1 result { results: [...] } or the output of wrangler d1 execute --json.',
  ),
  badRow: (index: number, field: string) =>
    L(
      `Række ${index + 1} i udbakken mangler feltet "${field}".`,
      `Outbox row ${index + 1} lacks the field "${field}".`,
    ),
};

export class OutboxInputError extends Error {
  override name = 'OutboxInputError';
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}

const REQUIRED: readonly (keyof OutboxRow)[] = [
  'id',
  'run_date',
  'recipient',
  'kind',
  'subject',
  'status',
  'sent_at',
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Accepts rows in any of the shapes the tools produce; refuses anything else clearly. */
export function parseOutboxRows(json: unknown): OutboxRow[] {
  let rows: unknown = json;
  // `wrangler d1 execute --json` prints [{ results: [...], success, meta }].
  if (Array.isArray(rows) && rows.length > 0 && rows.every((r) => isRecord(r) && Array.isArray(r.results))) {
    rows = rows.flatMap((r) => (r as { results: unknown[] }).results);
  } else if (isRecord(rows) && Array.isArray(rows.results)) {
    rows = rows.results;
  }
  if (!Array.isArray(rows)) throw new OutboxInputError(OUTBOX_MESSAGES.notRows);
  return rows.map((row, index) => {
    if (!isRecord(row)) throw new OutboxInputError(OUTBOX_MESSAGES.notRows);
    for (const field of REQUIRED) {
      if (typeof row[field] !== 'string') throw new OutboxInputError(OUTBOX_MESSAGES.badRow(index, field));
    }
    return {
      ...(row as unknown as OutboxRow),
      register_id: String(row.register_id ?? ''),
      body_text: typeof row.body_text === 'string' ? row.body_text : null,
      body_html: typeof row.body_html === 'string' ? row.body_html : null,
    };
  });
}

export interface WriteOutboxOptions {
  /** The worker's SENDER_ADDRESS (the outbox does not repeat it on every row). */
  from: string;
  fromName?: string;
  /** Also write messages whose send failed (default: only sent ones). */
  includeFailed?: boolean;
}

export interface WriteOutboxResult {
  written: string[];
  /** Rows without bodies: written in production mode, where no body is kept. */
  withoutBody: number;
  skippedFailed: number;
}

/** A file name that sorts by run date and says what it is, safe on every file system. */
export function fileStem(row: OutboxRow): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  const shortId = safe(row.id.split('@')[0]).slice(-12);
  return `${safe(row.run_date)}_${safe(row.kind)}_${safe(row.recipient)}_${shortId}`;
}

export async function writeOutbox(
  rows: readonly OutboxRow[],
  folder: string,
  options: WriteOutboxOptions,
): Promise<WriteOutboxResult> {
  await mkdir(folder, { recursive: true });
  const result: WriteOutboxResult = { written: [], withoutBody: 0, skippedFailed: 0 };
  for (const row of rows) {
    if (row.status !== 'sent' && !options.includeFailed) {
      result.skippedFailed++;
      continue;
    }
    if (row.body_text === null || row.body_html === null) {
      result.withoutBody++;
      continue;
    }
    const sentAt = Date.parse(row.sent_at);
    const raw = buildMimeMessage({
      from: options.from,
      fromName: options.fromName,
      to: row.recipient,
      subject: row.subject,
      text: row.body_text,
      html: row.body_html,
      date: Number.isNaN(sentAt) ? Date.parse(`${row.run_date}T00:00:00Z`) : sentAt,
      messageId: row.id.includes('@') ? row.id : `${row.id}@art30.invalid`,
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Art30-Status': row.status },
    });
    const stem = path.join(folder, fileStem(row));
    await writeFile(`${stem}.eml`, raw, 'utf8');
    await writeFile(`${stem}.html`, row.body_html, 'utf8');
    result.written.push(`${stem}.eml`, `${stem}.html`);
  }
  return result;
}
