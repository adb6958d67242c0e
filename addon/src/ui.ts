// Small wrappers around the dialogs every menu action shares: run an action under the
// document lock, turn an unexpected error into a plain message (da/en) instead of a stack
// trace, and show toasts and alerts.

import type { Lang } from '../../shared/register/types.ts';
import { t } from './i18n.ts';

/** The error a feature throws to tell the user something plainly; shown as is. */
export class UserMessage extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserMessage';
  }
}

export function alertUser(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}

export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, lang: Lang): void {
  ss.toast(message, t(lang, 'app.title'), 8);
}

/**
 * Runs a menu action while holding the document lock (two editors clicking at once must not
 * interleave their writes) and reports any failure in the user's language. Returns the
 * action's result, or undefined when it failed or could not start.
 */
export function runMenuAction<T>(lang: Lang, action: () => T): T | undefined {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) {
    alertUser(t(lang, 'error.busy'));
    return undefined;
  }
  try {
    return action();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    alertUser(err instanceof UserMessage ? message : t(lang, 'error.unexpected', { message }));
    return undefined;
  } finally {
    // Google asks for a flush before releasing a lock, so the next holder reads these writes.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
