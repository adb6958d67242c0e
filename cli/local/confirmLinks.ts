// Confirming addresses against the local worker as the people would (issue 15): the confirmation
// emails of a run are read from the outbox (local mode keeps their bodies), the link in each is
// opened with a GET (which changes nothing) and its form POSTed. The demo and the end-to-end test
// use it, so both show the whole path: confirmation email, page, POST, reminders.

import type { CapturedEmail, LocalWorker } from './startLocalWorker.ts';

const CONFIRM_LINK = /https:\/\/[^\s/]+(\/confirm\/[A-Za-z0-9_-]+)/;

/** The confirmation emails among captured mail (their one item is `confirm:<address>`). */
export function confirmationEmails(mails: readonly CapturedEmail[]): CapturedEmail[] {
  return mails.filter((m) => m.status === 'sent' && m.items.some(([, kind]) => kind === 'confirmation'));
}

/** The path of the confirmation link in a captured email. */
export function confirmPath(mail: CapturedEmail): string {
  const match = CONFIRM_LINK.exec(mail.body_text ?? '');
  if (!match) throw new Error(`No confirmation link in the email to ${mail.recipient}`);
  return match[1];
}

/** Opens each link and presses its button; returns the addresses confirmed. */
export async function confirmAll(worker: LocalWorker, mails: readonly CapturedEmail[]): Promise<string[]> {
  const confirmed: string[] = [];
  for (const mail of confirmationEmails(mails)) {
    const url = `${worker.origin}${confirmPath(mail)}`;
    const page = await fetch(url);
    if (!page.ok) throw new Error(`The confirmation page for ${mail.recipient} answered ${page.status}`);
    const posted = await fetch(url, { method: 'POST' });
    if (!posted.ok) throw new Error(`Confirming ${mail.recipient} answered ${posted.status}`);
    confirmed.push(mail.recipient);
  }
  return confirmed;
}
