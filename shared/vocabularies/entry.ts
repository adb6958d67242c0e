// A compact way to write vocabulary entries as data: `entry(id, da, en, extra)`.

import type { VocabularyEntry } from './types.ts';

export function entry(
  id: string,
  da: string,
  en: string,
  extra: Omit<VocabularyEntry, 'id' | 'label'> = {},
): VocabularyEntry {
  return { id, label: { da, en }, ...extra };
}
