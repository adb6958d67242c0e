// Validate's warning about addresses that have waited more than 7 days to confirm (issue 15):
// the worker sends nobody reminders before they confirm, so an owner who never does is an owner
// whose items go to the administrator. The states come from the worker's last reply, kept by
// Settings & sync (sync/state.ts); this only reads them, so Validate makes no request.

import { daysBetween } from '../../../shared/calendar/civilDate.ts';
import { organisationRow } from '../../../shared/register/document.ts';
import type { Issue, Lang, RegisterDocument } from '../../../shared/register/types.ts';
import { userRow } from '../../../shared/register/types.ts';
import { type RecipientStatus, WAITING_WARNING_DAYS } from '../../../shared/sync/api.ts';
import { recipientAddress } from '../../../shared/sync/assess.ts';
import { t } from '../i18n.ts';

/** Where the address is written: the first activity it owns, else the organisation field, else
 * the first data-subject request it is responsible for. */
function placeOf(doc: RegisterDocument, address: string): Pick<Issue, 'sheet' | 'row' | 'column'> {
  const activities = doc.sheets.activities ?? [];
  const index = activities.findIndex((row) => recipientAddress(String(row.owner ?? '')) === address);
  if (index >= 0) return { sheet: 'activities', row: userRow(activities[index], index), column: 'owner' };
  for (const field of ['adminEmail', 'escalationEmail'] as const) {
    if (recipientAddress(String(doc.organisation[field] ?? '')) === address)
      return { sheet: 'organisation', row: organisationRow(field), column: field };
  }
  const requests = doc.sheets.requests ?? [];
  const request = requests.findIndex((row) => recipientAddress(String(row.responsible ?? '')) === address);
  if (request >= 0)
    return { sheet: 'requests', row: userRow(requests[request], request), column: 'responsible' };
  return { sheet: 'organisation', row: null, column: null };
}

export function waitingAddressIssues(
  doc: RegisterDocument,
  recipients: readonly RecipientStatus[],
  today: string,
  lang: Lang,
): Issue[] {
  return recipients
    .filter((r) => r.state === 'waiting' && daysBetween(r.since, today) > WAITING_WARNING_DAYS)
    .map((r) => ({
      severity: 'warning' as const,
      code: 'addressNotConfirmed',
      ...placeOf(doc, r.address),
      message: t(lang, 'input.addressNotConfirmed', {
        address: r.address,
        days: daysBetween(r.since, today),
      }),
      hint: t(lang, 'input.addressNotConfirmedHint'),
    }));
}
