// The privacy documentation quotes the sync payload's field list; this keeps the quote true
// when the schema changes (the worker stores exactly those fields).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPayloadFieldsMarkdown } from '../shared/sync/fields.ts';

const BEGIN = '<!-- BEGIN SYNC FIELDS';
const END = '<!-- END SYNC FIELDS -->';

function quotedFields(file: string): string {
  const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  expect(start, `${file} has no generated field list`).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(text.indexOf('\n', start) + 1, end).trim();
}

describe('privacy documentation', () => {
  for (const file of ['docs/privacy.md', 'README.md']) {
    it(`${file} lists exactly the fields the sync payload schema defines`, () => {
      const expected = renderPayloadFieldsMarkdown('en')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .join('\n');
      expect(quotedFields(file)).toBe(expected);
    });
  }
});
