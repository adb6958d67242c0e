// The add-on menu (Danish or English) and the simple triggers that build it. onOpen may run
// in AuthMode.NONE, where only the menu may be built: no properties, no spreadsheet data.

import type { Lang } from '../../shared/register/types.ts';
import { activeLang, type MessageKey, menuLangWithoutAuth, saveUserLang, t } from './i18n.ts';

interface MenuEntry {
  label: MessageKey;
  /** The public top-level function the item calls (exported by main.ts). */
  handler: string;
}

/** The menu, top to bottom; `null` is a separator. Sub-menus list their own entries. */
export const MENU: ReadonlyArray<MenuEntry | null | { label: MessageKey; items: MenuEntry[] }> = [
  { label: 'menu.setUp', handler: 'setUpRegister' },
  { label: 'menu.insertTemplate', handler: 'insertTemplate' },
  { label: 'menu.validate', handler: 'validateRegister' },
  null,
  { label: 'menu.activityForm', handler: 'openActivityForm' },
  { label: 'menu.requestForm', handler: 'openRequestForm' },
  { label: 'menu.breachForm', handler: 'openBreachForm' },
  { label: 'menu.retention', handler: 'openRetentionOverview' },
  { label: 'menu.import', handler: 'openImport' },
  {
    label: 'menu.export',
    items: [
      { label: 'menu.exportDk', handler: 'exportDatatilsynet' },
      { label: 'menu.exportIcoController', handler: 'exportIcoController' },
      { label: 'menu.exportIcoProcessor', handler: 'exportIcoProcessor' },
      { label: 'menu.exportRequests', handler: 'exportRequests' },
      { label: 'menu.exportBreaches', handler: 'exportBreaches' },
    ],
  },
  null,
  { label: 'menu.settings', handler: 'openSettings' },
  { label: 'menu.language', handler: 'switchLanguage' },
  { label: 'menu.help', handler: 'showHelp' },
];

/** Every function name the menu calls. */
export function menuHandlers(): string[] {
  return MENU.flatMap((e) => (e === null ? [] : 'items' in e ? e.items.map((i) => i.handler) : [e.handler]));
}

export function buildMenu(lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if (entry === null) menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(t(lang, entry.label));
      for (const item of entry.items) sub.addItem(t(lang, item.label), item.handler);
      menu.addSubMenu(sub);
    } else menu.addItem(t(lang, entry.label), entry.handler);
  }
  menu.addToUi();
}

type OpenEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

/** The menu's language for this open event: the user's locale until the add-on is authorised. */
export function menuLang(e: OpenEvent): Lang {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return menuLangWithoutAuth();
  try {
    return activeLang(SpreadsheetApp.getActiveSpreadsheet());
  } catch {
    // LIMITED mode may refuse properties: the user's locale is still a good answer.
    return menuLangWithoutAuth();
  }
}

export function onOpen(e?: OpenEvent): void {
  buildMenu(menuLang(e));
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Toggles between Danish and English for this user and rebuilds the menu. */
export function switchLanguage(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const next: Lang = activeLang(ss) === 'da' ? 'en' : 'da';
  saveUserLang(next);
  buildMenu(next);
  ss.toast(t(next, 'language.switched'), t(next, 'app.title'), 5);
}
