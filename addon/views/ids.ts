// Stable ids: every activity, data-category row, holding (and the other named rows) carries
// an id in a hidden column, generated when missing, so sorting and inserting rows never
// breaks a reference. References by name are linked to the named row's id when their own id
// is missing or points nowhere (e.g. after a user deleted an id).

import { nameKey } from '../../shared/register/document.ts';
import { sheetDef } from '../../shared/register/schema.ts';
import type { DocumentRow, RegisterDocument, TableSheetId } from '../../shared/register/types.ts';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * A source of new ids. One Utilities.getUuid() per run seeds it, so the number of service
 * calls does not grow with the rows that need an id. The seed's first characters are only a
 * likely-unique prefix (two runs can share one), so every candidate is checked against the ids
 * the register already holds or refers to, and against those this factory has handed out:
 * a taken candidate is skipped, which makes a duplicate impossible rather than unlikely.
 */
export function idFactory(seed: string, inUse: Iterable<string>): () => string {
  const prefix = seed
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 10)
    .toLowerCase();
  const taken = new Set(inUse);
  let n = 0;
  return () => {
    let id: string;
    do id = `${prefix}${(++n).toString(36).padStart(3, '0')}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}

/**
 * Every id in the register's id columns: rows' own ids and the ids references point to. A
 * reference left pointing at a deleted row counts too, so a new row never adopts it by chance.
 */
export function idsInUse(doc: RegisterDocument): Set<string> {
  const ids = new Set<string>();
  for (const [sheetId, rows] of Object.entries(doc.sheets) as [TableSheetId, DocumentRow[]][]) {
    const columns = sheetDef(sheetId)
      .columns.filter((c) => c.type === 'id')
      .map((c) => c.id);
    if (columns.length === 0) continue;
    for (const row of rows ?? []) {
      for (const column of columns) {
        const id = text(row[column]);
        if (id) ids.add(id);
      }
    }
  }
  return ids;
}

/** Fills missing ids and links references; returns per sheet the rows that changed. */
export function fillIds(doc: RegisterDocument, newId: () => string): Map<TableSheetId, Set<DocumentRow>> {
  const changed = new Map<TableSheetId, Set<DocumentRow>>();
  const mark = (sheet: TableSheetId, row: DocumentRow) => {
    const set = changed.get(sheet) ?? new Set<DocumentRow>();
    changed.set(sheet, set);
    set.add(row);
  };
  const ids = new Map<TableSheetId, Set<string>>();
  for (const [sheetId, rows] of Object.entries(doc.sheets) as [TableSheetId, DocumentRow[]][]) {
    const def = sheetDef(sheetId);
    if (!def.idColumn) continue;
    const seen = new Set<string>();
    for (const row of rows) {
      let id = text(row[def.idColumn]);
      // A copied row carries its original's id: the copy gets its own.
      if (!id || seen.has(id)) {
        id = newId();
        row[def.idColumn] = id;
        mark(sheetId, row);
      }
      seen.add(id);
    }
    ids.set(sheetId, seen);
  }
  const byName = (sheetId: TableSheetId) => {
    const def = sheetDef(sheetId);
    const index = new Map<string, string>();
    for (const row of doc.sheets[sheetId] ?? []) {
      const name = text(row[def.nameColumn ?? '']);
      if (name && def.idColumn && !index.has(nameKey(name)))
        index.set(nameKey(name), text(row[def.idColumn]));
    }
    return index;
  };
  const activities = byName('activities');
  const link = (
    sheetId: TableSheetId,
    row: DocumentRow,
    idColumn: string,
    nameColumn: string,
    target: TableSheetId,
    index: Map<string, string>,
  ) => {
    const current = text(row[idColumn]);
    if (current && ids.get(target)?.has(current)) return;
    const found = index.get(nameKey(text(row[nameColumn])));
    if (found && found !== current) {
      row[idColumn] = found;
      mark(sheetId, row);
    }
  };
  for (const row of doc.sheets.dataCategories ?? [])
    link('dataCategories', row, 'activityId', 'activity', 'activities', activities);
  const categories = new Map<string, string>();
  for (const row of doc.sheets.dataCategories ?? []) {
    const key = `${nameKey(text(row.activity))}\u0000${nameKey(text(row.subjectGroup))}`;
    if (!categories.has(key)) categories.set(key, text(row.id));
  }
  for (const row of doc.sheets.retentionLog ?? []) {
    link('retentionLog', row, 'activityId', 'activity', 'activities', activities);
    if (text(row.subjectGroup)) {
      const current = text(row.dataCategoryId);
      if (!current || !ids.get('dataCategories')?.has(current)) {
        const found = categories.get(
          `${nameKey(text(row.activity))}\u0000${nameKey(text(row.subjectGroup))}`,
        );
        if (found && found !== current) {
          row.dataCategoryId = found;
          mark('retentionLog', row);
        }
      }
    }
  }
  return changed;
}
