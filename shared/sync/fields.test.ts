import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { checkSyncPayload } from './check.ts';
import { renderPayloadFieldsMarkdown, SYNC_PAYLOAD_FIELDS } from './fields.ts';
import type { SyncPayload } from './types.ts';

/** Every leaf path of a payload, with array indices written as `[]` and rules as one leaf. */
function leafPaths(value: unknown, path: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) leafPaths(item, `${path}[]`, out);
  } else if (value !== null && typeof value === 'object' && !path.endsWith('.rule')) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, path ? `${path}.${key}` : key, out);
  } else {
    out.add(path);
  }
}

/** A payload with every optional value filled in, so every documented field appears. */
function fullPayload(): SyncPayload {
  const p = examplePayload({ holdings: 20 });
  p.register.escalationEmail = 'chef@example.dk';
  p.holdings[0].events = {
    collected: '2025-01-01',
    lastContact: '2025-02-01',
    relationshipEnded: '2025-03-01',
    purposeFulfilled: '2025-04-01',
    recordDate: '2025-05-01',
  };
  return p;
}

describe('the documented payload field list', () => {
  it('names exactly the fields a full, valid payload carries: nothing undocumented travels', () => {
    const payload = fullPayload();
    expect(checkSyncPayload(payload).ok).toBe(true);
    const carried = new Set<string>();
    leafPaths(payload, '', carried);
    expect([...carried].sort()).toEqual(SYNC_PAYLOAD_FIELDS.map((f) => f.path).sort());
  });

  it('describes every field in Danish and English, on one line', () => {
    for (const field of SYNC_PAYLOAD_FIELDS) {
      expect(field.description.da.length, field.path).toBeGreaterThan(5);
      expect(field.description.en.length, field.path).toBeGreaterThan(5);
      expect(`${field.description.da}${field.description.en}`).not.toMatch(/\n/);
    }
  });

  it('renders as a Markdown table with one row per field, in either language', () => {
    const en = renderPayloadFieldsMarkdown('en').trim().split('\n');
    expect(en[0]).toBe('| Field | Type | What it is |');
    expect(en).toHaveLength(SYNC_PAYLOAD_FIELDS.length + 2);
    expect(en).toContain(
      '| `holdings[].reference` | pseudonym ≤ 64 | Pseudonymous reference; CPR numbers, emails and names are refused. |',
    );
    expect(en).toContain(
      '| `register.adminEmail` | email \\| null | Administrator told about sync problems and failed sends. |',
    );
    expect(renderPayloadFieldsMarkdown('da')).toContain('| Felt | Type | Hvad det er |');
  });

  it('never lists an extension reason or other free text', () => {
    const paths = SYNC_PAYLOAD_FIELDS.map((f) => f.path.toLowerCase());
    for (const forbidden of ['reason', 'purpose', 'note', 'improvement', 'description']) {
      expect(paths.filter((p) => p.endsWith(forbidden))).toEqual([]);
    }
  });
});
