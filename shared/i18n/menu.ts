// The add-on's menu as other parts name it: the Deadlines overview's menu item, and the path to
// it from Google Sheets' own Extensions menu, in Danish and English. The add-on's menu, the
// reminder emails and the worker's answer pages all read it here, so they cannot disagree.

import type { Localized } from '../register/types.ts';

/** The add-on's name under Extensions. */
export const ADDON_MENU_TITLE = 'Art30';

/** The menu item that opens the Deadlines overview (formerly the retention overview). */
export const DEADLINES_MENU_ITEM: Localized = { da: 'Overblik over frister', en: 'Deadlines overview' };

/** Google Sheets' Extensions menu, as its Danish and English interfaces label it. */
const EXTENSIONS_MENU: Localized = { da: 'Udvidelser', en: 'Extensions' };

/** "Udvidelser → Art30 → Overblik over frister" / "Extensions → Art30 → Deadlines overview". */
export const DEADLINES_MENU_PATH: Localized = {
  da: `${EXTENSIONS_MENU.da} → ${ADDON_MENU_TITLE} → ${DEADLINES_MENU_ITEM.da}`,
  en: `${EXTENSIONS_MENU.en} → ${ADDON_MENU_TITLE} → ${DEADLINES_MENU_ITEM.en}`,
};
