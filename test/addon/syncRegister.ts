// A register for the sync tests, made the way a user would make it: Insert template… in the
// add-on, then typing into the sheets (owners' and contacts' emails, routine and review dates,
// retention-log entries). Writes go through the fake sheet's typed input, so "2026-03-01"
// becomes a date cell exactly as when typed in Sheets.

import { columnDef, sheetDef } from '../../shared/register/schema.ts';
import type { Lang, SheetId } from '../../shared/register/types.ts';
import { listTemplates, loadTemplate } from '../../templates/index.ts';
import type { FakeSheet } from './fakes/index.ts';
import type { LoadedAddon } from './harness.ts';

export interface HoldingInput {
  reference: string;
  activity: string;
  collected?: string;
  lastContact?: string;
  relationshipEnded?: string;
  purposeFulfilled?: string;
  recordDate?: string;
  customEvent?: string;
  deletedOn?: string;
}

function sheetOf(addon: LoadedAddon, id: SheetId, lang: Lang): FakeSheet {
  return addon.ss.sheet(sheetDef(id).title[lang]);
}

/** 1-based column of a schema column on a table sheet, by its header in `lang`. */
export function columnOf(addon: LoadedAddon, id: SheetId, column: string, lang: Lang): number {
  const header = columnDef(id, column)?.header[lang];
  const headers = sheetOf(addon, id, lang).dump()[0] ?? [];
  const index = headers.indexOf(header ?? '');
  if (index < 0) throw new Error(`test: no column "${header}" on ${sheetDef(id).title[lang]}`);
  return index + 1;
}

/** Insert template… with the first template, answered as a user would. */
export function insertFirstTemplate(addon: LoadedAddon): { id: string; activities: string[] } {
  const first = listTemplates()[0];
  addon.fakes.ui.answer('OK', '1');
  addon.ctx.insertTemplate();
  const lang = (addon.ss.locale.startsWith('da') ? 'da' : 'en') as Lang;
  return {
    id: first.id,
    activities: loadTemplate(first.id, lang).sheets.activities!.map((a) => String(a.name)),
  };
}

/** Types a value into every data row of a column (the user filling in «udfyld» cells). */
export function fillColumn(addon: LoadedAddon, id: SheetId, column: string, value: string, lang: Lang): void {
  const sheet = sheetOf(addon, id, lang);
  const col = columnOf(addon, id, column, lang);
  const rows = sheet.contentRows() - 1;
  if (rows > 0)
    sheet.put(
      2,
      col,
      Array.from({ length: rows }, () => [value]),
    );
}

/** Types a value into the Organisation form's field. */
export function setOrganisationField(addon: LoadedAddon, field: string, value: string, lang: Lang): void {
  const sheet = sheetOf(addon, 'organisation', lang);
  const label = columnDef('organisation', field)?.header[lang];
  const row = sheet.dump().findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`test: no organisation field "${label}"`);
  sheet.put(row + 1, 2, [[value]]);
}

/** Appends retention-log entries below the last row, leaving the id cells blank as a user would. */
export function addHoldings(addon: LoadedAddon, holdings: HoldingInput[], lang: Lang): number[] {
  const sheet = sheetOf(addon, 'retentionLog', lang);
  const start = Math.max(sheet.contentRows(), 1) + 1;
  const rows: number[] = [];
  holdings.forEach((h, i) => {
    for (const [field, value] of Object.entries(h)) {
      if (value === undefined) continue;
      sheet.put(start + i, columnOf(addon, 'retentionLog', field, lang), [[value]]);
    }
    rows.push(start + i);
  });
  return rows;
}

/** The stable id the add-on gave a retention-log row (after a sync or set-up). */
export function holdingIdAt(addon: LoadedAddon, row: number, lang: Lang): string {
  const sheet = sheetOf(addon, 'retentionLog', lang);
  return String(sheet.dump()[row - 1][columnOf(addon, 'retentionLog', 'id', lang) - 1]);
}

/** The template register with every contact filled in and routines and reviews up to date on `today`. */
export function readyRegister(
  addon: LoadedAddon,
  lang: Lang,
  contacts: { owner: string; admin: string; escalation: string },
  today: string,
): { activities: string[] } {
  const { activities } = insertFirstTemplate(addon);
  fillColumn(addon, 'activities', 'owner', contacts.owner, lang);
  // Routines and reviews done on the day, so the reminders hold only retention-log entries.
  fillColumn(addon, 'activities', 'routineLastRun', today, lang);
  fillColumn(addon, 'activities', 'lastReview', today, lang);
  setOrganisationField(addon, 'adminEmail', contacts.admin, lang);
  setOrganisationField(addon, 'escalationEmail', contacts.escalation, lang);
  setOrganisationField(addon, 'controllerName', 'Coaching ApS', lang);
  return { activities };
}
