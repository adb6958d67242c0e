// What `art30 create` says, in Danish and English.

import type { Localized } from '../../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

export const CREATE_MESSAGES = {
  missingTemplate: L(
    '--template <id> skal angives (se art30 template list).',
    '--template <id> is required (see art30 template list).',
  ),
  unknownTemplate: (id: string) =>
    L(
      `Der er ingen skabelon "${id}" på det valgte sprog. Se art30 template list.`,
      `There is no template "${id}" in the chosen language. See art30 template list.`,
    ),
  badTimeZone: (zone: string) =>
    L(
      `"${zone}" er ikke en tidszone (fx Europe/Copenhagen).`,
      `"${zone}" is not a time zone (e.g. Europe/Copenhagen).`,
    ),
  created: (title: string, url: string) =>
    L(
      `Oprettet "${title}": ${url}\nÅbn det, installér Art30-tilføjelsen og vælg Udvidelser ▸ Art30 ▸ Kontrollér fortegnelse.`,
      `Created "${title}": ${url}\nOpen it, install the Art30 add-on and choose Extensions ▸ Art30 ▸ Validate register.`,
    ),
} as const;
