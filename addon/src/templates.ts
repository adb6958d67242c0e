// Insert template…: fills the register from a ready-made template (templates/) in the
// register's language. A register that already holds data is only overwritten after an
// explicit Yes; the user's own columns and sheets are never touched.

import type { RegisterRole } from '../../shared/register/schema.ts';
import type { DocumentRow, Lang, RegisterDocument, TableSheetId } from '../../shared/register/types.ts';
import { listTemplates, loadTemplate } from '../../templates/index.ts';
import { registerWritten } from './features/sync.ts';
import { activeLang, t } from './i18n.ts';
import { repairIds, rolesFromText, setUp } from './setup.ts';
import { rawForCell, toCell } from './sheets/cells.ts';
import { dataRowCount, readWorkbook, type Workbook } from './sheets/workbook.ts';
import { writeSheetRows } from './sheets/write.ts';
import { runMenuAction, toast, UserMessage } from './ui.ts';

function chooseTemplate(lang: Lang): { id: string; title: string } {
  const templates = listTemplates().filter((tpl) => tpl.langs.includes(lang));
  if (templates.length === 0) throw new UserMessage(t(lang, 'template.none'));
  const ui = SpreadsheetApp.getUi();
  const list = templates.map((tpl, i) => `${i + 1}. ${tpl.title[lang]}`).join('\n');
  const answer = ui.prompt(
    t(lang, 'template.prompt.title'),
    t(lang, 'template.prompt.text', { list }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) throw new UserMessage(t(lang, 'template.kept'));
  const text = answer.getResponseText().trim();
  const chosen = templates[Number(text) - 1] ?? templates.find((tpl) => tpl.id === text.toLowerCase());
  if (!chosen) throw new UserMessage(t(lang, 'template.unknown', { answer: text.slice(0, 40) }));
  return { id: chosen.id, title: chosen.title[lang] };
}

/** Menu: Insert template…. */
export function insertTemplate(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = activeLang(ss);
  runMenuAction(lang, () => {
    const chosen = chooseTemplate(lang);
    const wb = readWorkbook(ss, lang);
    const existing = dataRowCount(wb);
    if (existing > 0) {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(
        t(lang, 'template.prompt.title'),
        t(lang, 'template.confirmOverwrite', { rows: existing }),
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) throw new UserMessage(t(lang, 'template.kept'));
    }
    fillFromDocument(ss, wb, loadTemplate(chosen.id, lang), lang);
    registerWritten(ss, lang, false);
    toast(ss, t(lang, 'template.done', { name: chosen.title }), lang);
  });
}

/**
 * Writes a document into the register (setting it up first where sheets are missing): every
 * table sheet's schema cells are replaced by the document's rows in one write per sheet;
 * rows the document does not fill are blanked in the schema columns only.
 */
export function fillFromDocument(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  wb: Workbook,
  doc: RegisterDocument,
  lang: Lang,
): void {
  const known = rolesFromText(String(wb.doc.organisation.role ?? ''));
  const wanted = rolesFromText(String(doc.organisation.role ?? '')) ?? ['controller'];
  const roles = [...new Set<RegisterRole>([...(known ?? []), ...wanted])];
  setUp(ss, wb, lang, roles);
  for (const [sheetId, rows] of Object.entries(doc.sheets) as [TableSheetId, DocumentRow[]][]) {
    const layout = wb.layout[sheetId];
    if (!layout || sheetId === 'lists') continue;
    const previous = wb.doc.sheets[sheetId] ?? [];
    const placed: DocumentRow[] = (rows ?? []).map((row, i) => {
      const { $row: _source, ...cells } = row;
      return { ...cells, $row: i + 2 };
    });
    const blank: DocumentRow = Object.fromEntries(layout.def.columns.map((c) => [c.id, '']));
    const leftovers = previous
      .filter((r) => (r.$row ?? 0) > placed.length + 1)
      .map((r) => ({ ...blank, $row: r.$row }));
    // Template rows fill every schema column, so an old row's value never survives beside them.
    const complete = placed.map((r) => ({ ...blank, ...r }));
    writeSheetRows(layout, [...complete, ...leftovers], wb.timeZone);
    wb.doc.sheets[sheetId] = placed;
  }
  const org = wb.layout.organisation;
  if (org) {
    const defs = new Map(org.def.columns.map((c) => [c.id, c]));
    const column: unknown[][] = [];
    for (let r = 1; r <= org.height; r++)
      column.push([org.formulas[r - 1]?.[1] || rawForCell(org.values[r - 1]?.[1] ?? '')]);
    for (const [field, value] of Object.entries(doc.organisation)) {
      const row = org.columns.get(field);
      if (row) column[row - 1] = [toCell(value ?? '', defs.get(field), wb.timeZone)];
      wb.doc.organisation[field] = value ?? '';
    }
    org.sheet.getRange(1, 2, column.length, 1).setValues(column);
  }
  repairIds(wb);
}
