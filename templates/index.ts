// The ready-made registers: which templates exist and each one as a RegisterDocument in Danish or
// English. The CLI (`art30 template list/show`) and the add-on's "start from a template" use this.
// Templates are imported statically so that esbuild bundles them into the add-on.

import type { Lang, Localized, RegisterDocument } from '../shared/register/types.ts';
import { withArt30 } from './art30.ts';
import { TEMPLATE as coach } from './coach.template.ts';
import { TEMPLATE as employer } from './employer.template.ts';
import { TEMPLATE as itHosting } from './it-hosting.template.ts';
import { renderTemplate, type TemplateSource } from './model.ts';
import { TEMPLATE as psychologist } from './psychologist.template.ts';
import { TEMPLATE as school } from './school.template.ts';
import { TEMPLATE as tempAgency } from './temp-agency.template.ts';
import { TEMPLATE as webshop } from './webshop.template.ts';

/**
 * Every template, in the order they are listed, each with Art30's own processing added (art30.ts).
 * A test checks that no template file is missing.
 */
export const TEMPLATES: readonly TemplateSource[] = [
  coach,
  psychologist,
  tempAgency,
  school,
  webshop,
  employer,
  itHosting,
].map(withArt30);

const LANGS: Lang[] = ['da', 'en'];

export interface TemplateInfo {
  id: string;
  title: Localized;
  kind: string;
  langs: Lang[];
}

export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map((t) => ({ id: t.id, title: t.title, kind: t.kind, langs: [...LANGS] }));
}

/**
 * The template `id` as a register in `lang`; `choices` picks a statutory retention period per
 * activity id (e.g. the records period of a profession). Throws for an unknown id, language or choice.
 */
export function loadTemplate(
  id: string,
  lang: Lang,
  choices?: Readonly<Record<string, string>>,
): RegisterDocument {
  const source = TEMPLATES.find((t) => t.id === id);
  if (!source) {
    throw new Error(`Unknown template: "${id}". Known templates: ${TEMPLATES.map((t) => t.id).join(', ')}`);
  }
  if (!LANGS.includes(lang)) throw new Error(`Template "${id}" has no language "${lang}" (use da or en)`);
  return renderTemplate(source, lang, choices ? { choices } : {});
}
