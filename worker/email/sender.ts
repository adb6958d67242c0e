// The one door through which reminder emails leave the worker. Production sends raw MIME
// through Cloudflare Email Service (the `send_email` binding); local runs (tests, the demo) send
// nothing and let the outbox table be the capture (it then keeps the full bodies, which the
// Node side writes out as .eml files). Tests put their own Sender behind the same interface.

import { EmailMessage } from 'cloudflare:email';
import { byteLength } from '../../email/mime.ts';
import { deploymentMode } from '../env.ts';

/** One message for one recipient, already rendered and encoded. */
export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The complete RFC 5322 message (see email/mime.ts). */
  raw: string;
  messageId: string;
}

export interface Sender {
  /** Resolves when the message was accepted; throws when it was not. */
  send(message: OutgoingEmail): Promise<void>;
}

/** Cloudflare Email Service limits: recipients per message (to + cc + bcc) and size. We send
 * one message per recipient, so only the size can bite. */
export const MAX_RECIPIENTS = 50;
export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

/** The bindings and vars the sender reads (a subset of the worker's Env). */
export interface MailBindings {
  EMAIL?: SendEmail;
  MODE?: string;
  /** Test hook: comma-separated addresses whose sends fail. Honoured only in local mode. */
  FAIL_SEND_TO?: string;
}

/** Full message bodies stay in the outbox only where the outbox is the capture. */
export function keepsBodies(env: { MODE?: string }): boolean {
  return deploymentMode(env) !== 'production';
}

export class SendFailure extends Error {
  override name = 'SendFailure';
}

function checkLimits(message: OutgoingEmail): void {
  if (message.to.split(',').length > MAX_RECIPIENTS) {
    throw new SendFailure(`More than ${MAX_RECIPIENTS} recipients`);
  }
  const size = byteLength(message.raw);
  if (size > MAX_MESSAGE_BYTES) throw new SendFailure(`Message of ${size} bytes exceeds 5 MiB`);
}

/** Production: Cloudflare Email Service with the raw MIME form. */
export class EmailServiceSender implements Sender {
  constructor(private readonly binding: SendEmail) {}

  async send(message: OutgoingEmail): Promise<void> {
    checkLimits(message);
    await this.binding.send(new EmailMessage(message.from, message.to, message.raw));
  }
}

/** Local mode: the outbox row is the capture, so sending is only the checks and the
 * injected failures that tests and the demo use. */
export class OutboxCaptureSender implements Sender {
  private readonly failing: ReadonlySet<string>;

  constructor(failSendTo: readonly string[] = []) {
    this.failing = new Set(failSendTo.map((a) => a.trim().toLowerCase()).filter(Boolean));
  }

  async send(message: OutgoingEmail): Promise<void> {
    checkLimits(message);
    if (this.failing.has(message.to.toLowerCase())) {
      throw new SendFailure(`Injected failure for ${message.to} (FAIL_SEND_TO)`);
    }
  }
}

/** The sender a deployment uses. */
export function senderFor(env: MailBindings): Sender {
  const mode = deploymentMode(env);
  if (mode === 'production') {
    if (!env.EMAIL) throw new Error('The send_email binding EMAIL is missing');
    return new EmailServiceSender(env.EMAIL);
  }
  return new OutboxCaptureSender((env.FAIL_SEND_TO ?? '').split(','));
}
