// The demo's one open data-subject request, due soon on the run date: entered through the
// add-on's own new-request form (saveRequest), as a person would, so the next digest lists it.

import { addDays, daysBetween } from '../../shared/calendar/civilDate.ts';
import type { Lang } from '../../shared/register/types.ts';
import { requestDue } from '../../shared/requests/deadline.ts';
import { callPublic } from '../../test/addon/features/helpers.ts';
import type { LoadedAddon } from '../../test/addon/harness.ts';
import { DEMO_TEXT } from './messages.ts';
import { DEMO_PEOPLE, DemoRegisterError } from './register.ts';

/** The latest receipt date whose one-month deadline falls 1 to 5 days after `runDate`. */
export function dueSoonReceipt(runDate: string): string {
  for (let back = 20; back <= 40; back++) {
    const received = addDays(runDate, -back);
    const left = daysBetween(runDate, requestDue(received, false));
    if (left >= 1 && left <= 5) return received;
  }
  throw new DemoRegisterError(`no receipt date gives a deadline soon after ${runDate}`);
}

export interface DemoRequest {
  reference: string;
  received: string;
  due: string;
}

/** Saves the request through the form's server function; its responsible is the first owner. */
export function addDemoRequest(addon: LoadedAddon, lang: Lang, runDate: string): DemoRequest {
  const received = dueSoonReceipt(runDate);
  const reference = `ANM-${runDate.slice(0, 4)}-001`;
  const reply = callPublic<{ due: string }>(addon, 'saveRequest', {
    reference,
    type: 'access',
    received,
    channel: 'email',
    identityCheck: 'verified',
    identityCheckedOn: received,
    activityIds: [],
    responsible: DEMO_PEOPLE[lang].owners[0],
    extensionReason: '',
    extensionNotified: '',
  });
  if (!reply.ok) throw new DemoRegisterError(DEMO_TEXT.requestFailed(reply.message)[lang]);
  return { reference, received, due: reply.value.due };
}
