/** @jsxImportSource hono/jsx */
// The hourly run's breach messages, in the register's language: a reminder at 24, 48 and 60
// hours after awareness, and at 72 hours the escalation that the deadline has passed. The
// deadline is said in words by the shared describe.ts (the same sentence the breach form shows).
// HTML with hono/jsx, which escapes every value; plain text says the same. Like every email of
// the worker (issue 15) it links only to the bound spreadsheet, says when it came instead of to
// an address that may not receive email, and carries its one-click unsubscribe link.

import { type MILESTONE_HOURS, notifyBy } from '../../shared/breaches/clock.ts';
import { describeInstant } from '../../shared/breaches/describe.ts';
import type { Lang } from '../../shared/register/types.ts';
import { emailMessages } from './messages.ts';
import type { RenderedEmail } from './render.tsx';

export type BreachMilestone = (typeof MILESTONE_HOURS)[number];

export interface BreachMessageInput {
  lang: Lang;
  timeZone: string;
  registerName: string;
  /** The bound spreadsheet (links.ts), or null. */
  spreadsheetLink: string | null;
  /** Why this recipient gets a message that belongs to another address, or null. */
  redirectNote: string | null;
  unsubscribeUrl: string;
  reference: string;
  awareAt: number;
  milestone: BreachMilestone;
  role: 'controller' | 'processor';
}

interface Texts {
  subject: string;
  lines: string[];
}

function danish(i: BreachMessageInput, by: string, aware: string): Texts {
  if (i.role === 'processor') {
    return {
      subject: `Brud ${i.reference}: den dataansvarlige er ikke underrettet (${i.milestone} timer)`,
      lines: [
        `I fik kendskab til bruddet ${i.reference} ${aware}, for ${i.milestone} timer siden.`,
        'Som databehandler skal I underrette den dataansvarlige uden unødig forsinkelse (databeskyttelsesforordningens art. 33, stk. 2).',
        'Skriv tidspunktet i arket Brud, så stopper påmindelserne.',
      ],
    };
  }
  if (i.milestone === 72) {
    return {
      subject: `Fristen er overskredet: brud ${i.reference} er ikke anmeldt til Datatilsynet`,
      lines: [
        `Bruddet ${i.reference} skulle være anmeldt til Datatilsynet senest ${by}.`,
        'Anmeld det nu, og skriv begrundelsen for forsinkelsen (art. 33, stk. 1). Hvis bruddet sandsynligvis ikke medfører en risiko, så skriv vurderingen og begrundelsen i arket Brud.',
      ],
    };
  }
  return {
    subject: `Brud ${i.reference}: Datatilsynet skal have besked senest ${by}`,
    lines: [
      `I fik kendskab til bruddet ${i.reference} ${aware}, for ${i.milestone} timer siden.`,
      `Datatilsynet skal have besked senest ${by} (art. 33, stk. 1), medmindre bruddet sandsynligvis ikke medfører en risiko.`,
      'Skriv anmeldelsen eller vurderingen i arket Brud, så stopper påmindelserne.',
    ],
  };
}

function english(i: BreachMessageInput, by: string, aware: string): Texts {
  if (i.role === 'processor') {
    return {
      subject: `Breach ${i.reference}: the controller has not been notified (${i.milestone} hours)`,
      lines: [
        `You became aware of the breach ${i.reference} on ${aware}, ${i.milestone} hours ago.`,
        'As a processor you must notify the controller without undue delay (GDPR Art. 33(2)).',
        'Record the time in the Breaches sheet and the reminders stop.',
      ],
    };
  }
  if (i.milestone === 72) {
    return {
      subject: `Deadline passed: breach ${i.reference} has not been notified to Datatilsynet`,
      lines: [
        `The breach ${i.reference} had to be notified to Datatilsynet by ${by}.`,
        'Notify it now and give the reasons for the delay (Art. 33(1)). If the breach is unlikely to result in a risk, record that assessment and its reasoning in the Breaches sheet.',
      ],
    };
  }
  return {
    subject: `Breach ${i.reference}: Datatilsynet must be notified by ${by}`,
    lines: [
      `You became aware of the breach ${i.reference} on ${aware}, ${i.milestone} hours ago.`,
      `Datatilsynet must be notified by ${by} (Art. 33(1)), unless the breach is unlikely to result in a risk.`,
      'Record the notification or the assessment in the Breaches sheet and the reminders stop.',
    ],
  };
}

/** The subject and both bodies of one breach message. */
export async function renderBreachMessage(input: BreachMessageInput): Promise<RenderedEmail> {
  const by = describeInstant(notifyBy(input.awareAt), input.timeZone, input.lang);
  const aware = describeInstant(input.awareAt, input.timeZone, input.lang);
  const t = input.lang === 'da' ? danish(input, by, aware) : english(input, by, aware);
  const linkLabel = input.lang === 'da' ? 'Åbn fortegnelsen' : 'Open the register';
  const leave = emailMessages(input.lang).unsubscribe;
  const lines = input.redirectNote ? [...t.lines, input.redirectNote] : t.lines;
  const body = (
    <html lang={input.lang}>
      <head>
        <meta charset="utf-8" />
        <title>{t.subject}</title>
      </head>
      <body>
        <h1>{input.registerName}</h1>
        {lines.map((line) => (
          <p>{line}</p>
        ))}
        {input.spreadsheetLink ? (
          <p>
            <a href={input.spreadsheetLink}>{linkLabel}</a>
          </p>
        ) : null}
        <p style="font-size:12px;color:#666">
          {leave.text} <a href={input.unsubscribeUrl}>{leave.link}</a>
        </p>
      </body>
    </html>
  );
  const text = [
    input.registerName,
    '',
    ...lines,
    ...(input.spreadsheetLink ? ['', input.spreadsheetLink] : []),
    '--',
    `${leave.text} ${input.unsubscribeUrl}`,
  ];
  return {
    subject: t.subject,
    html: `<!DOCTYPE html>${await body.toString()}`,
    text: `${text.join('\n')}\n`,
  };
}
