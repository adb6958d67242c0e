// Every link the worker puts in an email, built by the worker (issue 15): nothing a snapshot
// says becomes a link. A row link is Google Sheets' own URL for the spreadsheet id the register
// was bound to at enrolment; confirmation and unsubscribe links are this deployment's public
// origin (the PUBLIC_ORIGIN var, https only) with a random token.

import type { SyncRegister } from '../../shared/sync/types.ts';

/** Google Sheets' address of a spreadsheet: the only host a row link can have. */
export const SHEETS_ORIGIN = 'https://docs.google.com';
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{1,128}$/;

export interface RowRef {
  sheet: 'retentionLog' | 'activities' | 'requests';
  sheetRow: number;
}

/** The link to an item's row, from the bound spreadsheet id, the sheet's gid and the row. */
export function rowLink(
  register: Pick<SyncRegister, 'spreadsheetId' | 'sheetGids'>,
  item: RowRef,
): string | null {
  const spreadsheet = spreadsheetLink(register.spreadsheetId);
  if (spreadsheet === null) return null;
  const { sheetGids } = register;
  const gid =
    item.sheet === 'retentionLog'
      ? sheetGids.retentionLog
      : item.sheet === 'requests'
        ? sheetGids.requests
        : sheetGids.activities;
  // A version-3 register sent no Requests gid: link to the spreadsheet itself.
  if (gid === undefined) return spreadsheet;
  return `${spreadsheet}#gid=${gid}&range=A${Math.trunc(item.sheetRow)}`;
}

/** The link to the bound spreadsheet itself, or null for anything that is no spreadsheet id. */
export function spreadsheetLink(spreadsheetId: string): string | null {
  return SPREADSHEET_ID.test(spreadsheetId) ? `${SHEETS_ORIGIN}/spreadsheets/d/${spreadsheetId}/edit` : null;
}

/** The deployment's public origin from the PUBLIC_ORIGIN var: https and nothing after the host. */
export function publicOrigin(env: { PUBLIC_ORIGIN?: string }): string {
  const value = env.PUBLIC_ORIGIN ?? '';
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url?.protocol !== 'https:' || url.origin !== value.replace(/\/$/, '')) {
    throw new Error(
      `wrangler.toml var PUBLIC_ORIGIN must be an https origin such as https://art30.example.org, got "${value}"`,
    );
  }
  return url.origin;
}

export const CONFIRM_PATH = '/confirm/';
export const UNSUBSCRIBE_PATH = '/unsubscribe/';

export function confirmUrl(origin: string, token: string): string {
  return `${origin}${CONFIRM_PATH}${token}`;
}

export function unsubscribeUrl(origin: string, token: string): string {
  return `${origin}${UNSUBSCRIBE_PATH}${token}`;
}

/** The headers of RFC 8058 one-click unsubscribe (and RFC 3834's mark of an automatic mail). */
export function listHeaders(unsubscribe: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribe}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'Auto-Submitted': 'auto-generated',
  };
}
