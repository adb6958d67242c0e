import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxInputError, type OutboxRow, parseOutboxRows, writeOutbox } from './write-eml.ts';

function row(overrides: Partial<OutboxRow> = {}): OutboxRow {
  return {
    id: '2026-03-01.4f9c2d1e-aaaa-bbbb-cccc-0123456789ab@example.org',
    register_id: 'reg_1',
    run_date: '2026-03-01',
    recipient: 'owner@klinik.dk',
    kind: 'digest',
    subject: 'Sletning: 1 overskredet – Klinik Ærø',
    status: 'sent',
    sent_at: '2026-03-01T02:00:03.000Z',
    body_text: 'Hej\nK-2025-014 er overskredet.\n',
    body_html: '<p>K-2025-014 er &lt;overskredet&gt;</p>',
    ...overrides,
  };
}

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'art30-outbox-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writing the captured outbox to disk', () => {
  it('writes each sent message as an .eml and an .html file', async () => {
    const result = await writeOutbox([row()], folder, { from: 'reminders@example.org', fromName: 'Art30' });
    expect((await readdir(folder)).sort()).toEqual([
      '2026-03-01_digest_owner_klinik.dk_0123456789ab.eml',
      '2026-03-01_digest_owner_klinik.dk_0123456789ab.html',
    ]);
    expect(result.written).toHaveLength(2);
    const eml = await readFile(
      path.join(folder, '2026-03-01_digest_owner_klinik.dk_0123456789ab.eml'),
      'utf8',
    );
    expect(eml).toContain('To: <owner@klinik.dk>');
    expect(eml).toContain('Message-ID: <2026-03-01.4f9c2d1e-aaaa-bbbb-cccc-0123456789ab@example.org>');
    expect(eml).toContain('Date: Sun, 01 Mar 2026 02:00:03 +0000');
    expect(eml).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(eml).toContain('Content-Type: multipart/alternative');
    expect(eml).toContain('K-2025-014 er overskredet.');
    const html = await readFile(
      path.join(folder, '2026-03-01_digest_owner_klinik.dk_0123456789ab.html'),
      'utf8',
    );
    expect(html).toBe(row().body_html);
  });

  it('skips failed sends unless asked, and counts rows that kept no body (production mode)', async () => {
    const rows = [row({ status: 'failed' }), row({ id: 'x@example.org', body_text: null, body_html: null })];
    const result = await writeOutbox(rows, folder, { from: 'reminders@example.org' });
    expect(result).toEqual({ written: [], withoutBody: 1, skippedFailed: 1 });
    const withFailed = await writeOutbox(rows, folder, {
      from: 'reminders@example.org',
      includeFailed: true,
    });
    expect(withFailed.written).toHaveLength(2);
    expect(await readFile(withFailed.written[0], 'utf8')).toContain('X-Art30-Status: failed');
  });
});

describe('reading outbox rows', () => {
  it('accepts a list of rows, a D1 result and the output of wrangler d1 execute --json', () => {
    expect(parseOutboxRows([row()])).toHaveLength(1);
    expect(parseOutboxRows({ results: [row(), row()] })).toHaveLength(2);
    expect(parseOutboxRows([{ results: [row()], success: true, meta: {} }])).toHaveLength(1);
  });

  it('refuses anything else with a message in Danish and English', () => {
    expect(() => parseOutboxRows({ rows: [] })).toThrow(OutboxInputError);
    try {
      parseOutboxRows([{ ...row(), recipient: 5 }]);
      expect.unreachable();
    } catch (error) {
      expect((error as OutboxInputError).localized).toEqual({
        da: 'Række 1 i udbakken mangler feltet "recipient".',
        en: 'Outbox row 1 lacks the field "recipient".',
      });
    }
  });
});
