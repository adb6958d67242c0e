/** @jsxImportSource hono/jsx */
// The confirmation email (issue 15): the first and only email a new address gets until it
// confirms, in the register's language. It says who added the address, to which register, in
// which roles and what it will then receive, and links to the confirmation page (whose button
// POSTs: the link itself changes nothing, so a mail scanner that follows it confirms nobody).

import type { Lang } from '../../shared/register/types.ts';
import { emailMessages } from './messages.ts';
import type { RenderedEmail } from './render.tsx';

export interface ConfirmationInput {
  lang: Lang;
  registerName: string;
  /** The enrolling user's verified address, when known; else "someone with access". */
  addedBy: string | null;
  roles: { ownerOf: number; requests: number; breaches: number; admin: boolean; escalation: boolean };
  confirmUrl: string;
  unsubscribeUrl: string;
}

function roleLines(input: ConfirmationInput): string[] {
  const r = emailMessages(input.lang).confirmation.roles;
  const lines: string[] = [];
  if (input.roles.admin) lines.push(r.admin);
  if (input.roles.escalation) lines.push(r.escalation);
  if (input.roles.ownerOf > 0) lines.push(r.owner(input.roles.ownerOf));
  if (input.roles.requests > 0) lines.push(r.requests(input.roles.requests));
  if (input.roles.breaches > 0) lines.push(r.breaches(input.roles.breaches));
  return lines;
}

export async function renderConfirmation(input: ConfirmationInput): Promise<RenderedEmail> {
  const m = emailMessages(input.lang);
  const c = m.confirmation;
  const subject = c.subject(input.registerName);
  const paragraphs = [c.addedBy(input.registerName, input.addedBy), ...roleLines(input), c.willReceive];
  const body = (
    <html lang={input.lang}>
      <head>
        <meta charset="utf-8" />
        <title>{subject}</title>
      </head>
      <body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
        <h1 style="font-size:20px">{c.heading}</h1>
        {paragraphs.map((p) => (
          <p>{p}</p>
        ))}
        <p>
          <a href={input.confirmUrl} style="font-weight:bold">
            {c.confirmButton}
          </a>
        </p>
        <p>{c.nothingHappens}</p>
        <p style="font-size:12px;color:#666">{c.resend}</p>
        <hr />
        <p style="font-size:12px;color:#666">
          {m.unsubscribe.text} <a href={input.unsubscribeUrl}>{m.unsubscribe.link}</a>
        </p>
      </body>
    </html>
  );
  const html = `<!DOCTYPE html>${await body.toString()}`;
  const text = [
    c.heading,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `${c.confirmButton}: ${input.confirmUrl}`,
    '',
    c.nothingHappens,
    c.resend,
    '--',
    `${m.unsubscribe.text} ${input.unsubscribeUrl}`,
    '',
  ].join('\n');
  return { subject, html, text };
}
