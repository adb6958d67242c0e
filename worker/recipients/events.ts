// Email Service's delivery events, consumed from the queue its event subscription publishes to
// (https://developers.cloudflare.com/email-service/platform/event-subscriptions/): each message is
// `{ type: 'cf.email.sending.message.<event>', payload: { recipient, bounce?, … } }`. A
// `message.bounced` event counts against the recipient: a hard bounce makes the address failing
// at once, soft ones (retries exhausted) from the third; a `message.complained` (marked as spam)
// is treated as unsubscribing. The nightly job then moves the address's items to the admin and
// tells the admin once (planNotices' addressLeft). Other events are acknowledged and ignored.
// Such events cannot be produced locally, so the tests inject them.

import type { Env } from '../env.ts';
import { recordBounce, recordComplaint } from './store.ts';

export const EMAIL_EVENTS_QUEUE = 'art30-email-events';
const PREFIX = 'cf.email.sending.message.';

export interface EmailEvent {
  type: string;
  payload?: { recipient?: unknown; bounce?: { type?: unknown } };
}

export function isEmailEventBatch(batch: MessageBatch<unknown>): batch is MessageBatch<EmailEvent> {
  return batch.queue === EMAIL_EVENTS_QUEUE;
}

/** What one event does: a bounce (hard or soft), a complaint, or nothing. */
export function eventEffect(
  event: unknown,
): { kind: 'bounce'; address: string; hard: boolean } | { kind: 'complaint'; address: string } | null {
  if (typeof event !== 'object' || event === null) return null;
  const e = event as EmailEvent;
  const recipient = e.payload?.recipient;
  if (typeof e.type !== 'string' || !e.type.startsWith(PREFIX) || typeof recipient !== 'string') return null;
  const name = e.type.slice(PREFIX.length);
  if (name === 'bounced')
    return { kind: 'bounce', address: recipient, hard: e.payload?.bounce?.type !== 'soft' };
  if (name === 'complained') return { kind: 'complaint', address: recipient };
  return null;
}

export async function consumeEmailEvents(
  batch: MessageBatch<EmailEvent>,
  env: Pick<Env, 'DB'>,
): Promise<void> {
  for (const message of batch.messages) {
    try {
      const effect = eventEffect(message.body);
      if (effect?.kind === 'bounce') await recordBounce(env.DB, effect.address, effect.hard);
      if (effect?.kind === 'complaint') await recordComplaint(env.DB, effect.address);
      message.ack();
    } catch (error) {
      console.error('Email event not processed; it will be retried', error);
      message.retry();
    }
  }
}
