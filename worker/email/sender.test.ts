import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { buildMimeMessage } from '../../email/mime.ts';
import { listHeaders } from './links.ts';
import {
  EmailServiceSender,
  keepsBodies,
  MAX_MESSAGE_BYTES,
  OutboxCaptureSender,
  type OutgoingEmail,
  SendFailure,
  senderFor,
} from './sender.ts';

function email(to: string, html = '<p>Hej</p>'): OutgoingEmail {
  const messageId = `2026-03-01.test-${to.replace(/\W/g, '')}@example.org`;
  const fields = {
    from: 'reminders@example.org',
    fromName: 'Art30',
    to,
    subject: 'Sletning: 1 overskredet – Klinik Ærø',
    text: 'Hej',
    html,
  };
  const headers = listHeaders('https://art30.example.org/unsubscribe/leave-token');
  return {
    ...fields,
    headers,
    messageId,
    raw: buildMimeMessage({ ...fields, headers, date: Date.UTC(2026, 2, 1, 2), messageId }),
  };
}

describe('the production sender', () => {
  it('hands the message in the structured form, with the one-click unsubscribe headers, to the send_email binding', async () => {
    const seen: unknown[] = [];
    const binding = {
      send: async (m: unknown) => {
        seen.push(m);
        return { messageId: 'cf-1' };
      },
    } as unknown as SendEmail;
    await new EmailServiceSender(binding).send(email('owner@example.dk'));
    expect(seen).toEqual([
      {
        from: { email: 'reminders@example.org', name: 'Art30' },
        to: 'owner@example.dk',
        subject: 'Sletning: 1 overskredet – Klinik Ærø',
        text: 'Hej',
        html: '<p>Hej</p>',
        headers: {
          'List-Unsubscribe': '<https://art30.example.org/unsubscribe/leave-token>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          'Auto-Submitted': 'auto-generated',
        },
      },
    ]);
  });

  it('is accepted by the local send_email binding in that structured form', async () => {
    await expect(new EmailServiceSender(env.EMAIL).send(email('owner@example.dk'))).resolves.toBeUndefined();
  });

  it('refuses a message over 5 MiB before it reaches the binding', async () => {
    const big = email('owner@example.dk', 'x'.repeat(MAX_MESSAGE_BYTES));
    await expect(new EmailServiceSender(env.EMAIL).send(big)).rejects.toBeInstanceOf(SendFailure);
  });

  it('is what production uses, and there the failure hook is ignored', async () => {
    const sender = senderFor({ MODE: 'production', EMAIL: env.EMAIL, FAIL_SEND_TO: 'owner@example.dk' });
    expect(sender).toBeInstanceOf(EmailServiceSender);
    await expect(sender.send(email('owner@example.dk'))).resolves.toBeUndefined();
    expect(keepsBodies({ MODE: 'production' })).toBe(false);
  });
});

describe('the local sender', () => {
  it('lets the outbox be the capture and keeps bodies', async () => {
    const sender = senderFor({ MODE: 'local' });
    expect(sender).toBeInstanceOf(OutboxCaptureSender);
    await expect(sender.send(email('owner@example.dk'))).resolves.toBeUndefined();
    expect(keepsBodies({ MODE: 'local' })).toBe(true);
  });

  it('fails sends to the addresses in FAIL_SEND_TO, whatever their case, and only those', async () => {
    const sender = senderFor({ MODE: 'local', FAIL_SEND_TO: ' Bad@Example.dk ,other@example.dk' });
    await expect(sender.send(email('bad@example.dk'))).rejects.toThrow(/FAIL_SEND_TO/);
    await expect(sender.send(email('good@example.dk'))).resolves.toBeUndefined();
  });
});

describe('the MODE var', () => {
  it('is production or local; a typo or a missing value is refused loudly, never guessed at', () => {
    for (const MODE of ['demo', 'Production', 'prod', '', undefined]) {
      expect(() => senderFor({ MODE, EMAIL: env.EMAIL }), String(MODE)).toThrow(/MODE must be/);
      expect(() => keepsBodies({ MODE }), String(MODE)).toThrow(/MODE must be/);
    }
  });
});
