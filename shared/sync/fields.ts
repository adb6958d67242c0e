// Every field the add-on sends to the worker and the worker stores, each with one line saying
// what it is, read from the payload schema's own documentation (schema.ts). This list is the
// privacy promise: docs/privacy.md and the README's privacy section quote it
// (renderPayloadFieldsMarkdown), and a test keeps the quote equal to the schema.

import type * as v from 'valibot';
import type { Lang, Localized } from '../register/types.ts';
import { type FieldDoc, SyncPayloadSchema } from './schema.ts';

export { SYNC_LIMITS } from './schema.ts';

export interface PayloadField {
  /** Dotted path; `[]` marks an array element. */
  path: string;
  type: string;
  description: Localized;
}

type Node = {
  type?: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  pipe?: readonly Node[];
  metadata?: { doc?: FieldDoc };
};

/** The documented leaves under `node`, in schema order; a documented field is one leaf. */
function walk(node: Node, path: string, out: PayloadField[]): void {
  const documented = node.pipe?.find((item) => item.metadata?.doc)?.metadata?.doc;
  if (documented) {
    out.push({ path, type: documented.type, description: { da: documented.da, en: documented.en } });
    return;
  }
  if (node.pipe) walk(node.pipe[0], path, out);
  else if (node.entries) {
    for (const [key, child] of Object.entries(node.entries)) walk(child, path ? `${path}.${key}` : key, out);
  } else if (node.item) walk(node.item, `${path}[]`, out);
  else if (node.wrapped) walk(node.wrapped, path, out);
  else throw new Error(`The payload field ${path} has no documentation in schema.ts`);
}

function payloadFields(schema: v.GenericSchema): PayloadField[] {
  const out: PayloadField[] = [];
  walk(schema as unknown as Node, '', out);
  return out;
}

export const SYNC_PAYLOAD_FIELDS: readonly PayloadField[] = payloadFields(SyncPayloadSchema);

/** The field list as a Markdown table, for the privacy documentation. */
export function renderPayloadFieldsMarkdown(lang: Lang = 'en'): string {
  const head =
    lang === 'da'
      ? '| Felt | Type | Hvad det er |\n|---|---|---|'
      : '| Field | Type | What it is |\n|---|---|---|';
  const rows = SYNC_PAYLOAD_FIELDS.map(
    (field) => `| \`${field.path}\` | ${field.type.replace(/\|/g, '\\|')} | ${field.description[lang]} |`,
  );
  return [head, ...rows].join('\n') + '\n';
}
