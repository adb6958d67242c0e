// The one door through which emails leave the worker. Production sends through Cloudflare Email
// Service's structured form (`env.EMAIL.send({ from, to, subject, text, html, headers })`): its
// documentation lists List-Unsubscribe and List-Unsubscribe-Post among the headers that form
// accepts (https://developers.cloudflare.com/email-service/reference/headers/), while for the
// raw MIME form (`new EmailMessage(from, to, raw)`) it promises nothing about which headers pass,
// so RFC 8058 one-click unsubscribe goes through the structured form (issue 15). Local runs
// (tests, the demo) send nothing and let the outbox table be the capture (it then keeps the full
// bodies, which the Node side writes out as .eml files with the same headers, from `raw`).
// Tests put their own Sender behind the same interface.

import { byteLength } from '../../email/mime.ts';
import { deploymentMode } from '../env.ts';

/** One message for one recipient, already rendered and encoded. */
export interface OutgoingEmail {
  from: string;
  fromName: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Headers beyond From/To/Subject: List-Unsubscribe, List-Unsubscribe-Post, Auto-Submitted. */
  headers: Record<string, string>;
  /** The complete RFC 5322 message (see email/mime.ts): the size check and the local capture. */
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

/** Production: Cloudflare Email Service with the structured form, which takes the
 * one-click unsubscribe headers (and sets Date and Message-ID itself). */
export class EmailServiceSender implements Sender {
  constructor(private readonly binding: SendEmail) {}

  async send(message: OutgoingEmail): Promise<void> {
    checkLimits(message);
    await this.binding.send({
      from: { email: message.from, name: message.fromName },
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
    });
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
