import { describe, expect, it } from 'vitest';
import { describeRetention } from '../../shared/retention/describe.ts';
import type { ComputedRule } from '../../shared/retention/types.ts';
import { register } from '../../test/fixtures/examplePayload.ts';
import type { PlannedMessage, ReminderItem } from '../job/plan.ts';
import { rowLink } from './links.ts';
import { EMAIL_MESSAGES } from './messages.ts';
import { MAX_LISTED_ITEMS, renderMessage } from './render.tsx';

const LEAVE = 'https://art30.example.org/unsubscribe/leave-token';

const SIX_MONTHS: ComputedRule = {
  kind: 'computed',
  terms: [{ period: { years: 0, months: 6, weeks: 0, days: 0 }, trigger: 'collected', anchor: 'event' }],
  combine: 'earliest',
  ceiling: false,
  legalHoldExtends: false,
};

function item(overrides: Partial<ReminderItem> = {}): ReminderItem {
  return {
    key: { itemId: 'holding:h1', recipient: 'owner@klinik.dk', kind: 'overdue', keyDate: '2026-03-08' },
    subject: 'holding',
    stage: 'overdue',
    via: 'owner',
    activityId: 'act-1',
    activityName: 'Klientforløb',
    reference: 'K-2025-014',
    due: '2026-03-01',
    daysOverdue: 7,
    rule: SIX_MONTHS,
    ruleText: '6 mdr. efter modtagelse',
    extended: false,
    sheet: 'retentionLog',
    sheetRow: 12,
    ...overrides,
  };
}

function digest(items: ReminderItem[], kind: PlannedMessage['kind'] = 'digest'): PlannedMessage {
  return { kind, recipient: 'owner@klinik.dk', items, notices: [] };
}

describe('a reminder digest', () => {
  it('arrives with an activity named <script>alert(1)</script> escaped, never as markup', async () => {
    const email = await renderMessage(digest([item({ activityName: '<script>alert(1)</script>' })]), {
      register: register(),
      unsubscribeUrl: LEAVE,
    });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.text).toContain('<script>alert(1)</script>'); // plain text is not markup
  });

  it('counts its items in the subject, in Danish', async () => {
    const items = [
      item(),
      item({
        key: { ...item().key, itemId: 'holding:h2' },
        stage: 'dueSoon',
        daysOverdue: 0,
        due: '2026-03-20',
      }),
      item({
        key: { ...item().key, itemId: 'holding:h3' },
        stage: 'dueSoon',
        daysOverdue: 0,
        due: '2026-03-21',
      }),
      item({
        key: { ...item().key, itemId: 'review:act-1' },
        subject: 'review',
        stage: 'stale',
        reference: null,
      }),
    ];
    const email = await renderMessage(digest(items), { register: register(), unsubscribeUrl: LEAVE });
    expect(email.subject).toBe('Sletning: 1 overskredet, 2 forfalder snart og 1 gennemgang – Klinik Ærø');
  });

  it('speaks English for an English register, with the rule in plain words', async () => {
    const email = await renderMessage(digest([item()]), {
      register: register({ lang: 'en', name: 'Shop' }),
      unsubscribeUrl: LEAVE,
    });
    expect(email.subject).toBe('Deletion: 1 overdue – Shop');
    const words = describeRetention(SIX_MONTHS, 'en');
    expect(words.length).toBeGreaterThan(0);
    expect(email.text).toContain(words);
    expect(email.html).toContain('7 days overdue');
    expect(email.text).toContain('1 Mar 2026');
  });

  it('lists activity, reference, due date, days overdue, rule and a link to the row', async () => {
    const email = await renderMessage(digest([item()]), { register: register(), unsubscribeUrl: LEAVE });
    const link = 'https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=33&amp;range=A12';
    expect(email.html).toContain(`href="${link}"`);
    for (const text of [
      'Klientforløb',
      'K-2025-014',
      '1. mar. 2026',
      'Overskredet med 7 dage',
      describeRetention(SIX_MONTHS, 'da'),
    ]) {
      expect(email.html).toContain(text);
    }
    expect(email.text).toContain('https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=33&range=A12');
  });

  it('says in its footer why the owner gets it and how to change the owner', async () => {
    const email = await renderMessage(digest([item()]), { register: register(), unsubscribeUrl: LEAVE });
    expect(email.text).toContain('fordi du er ansvarlig for disse aktiviteter i fortegnelsen »Klinik Ærø«');
    expect(email.text).toContain(EMAIL_MESSAGES.da.footer.changeOwner);
    expect(EMAIL_MESSAGES.da.footer.changeOwner).toContain('Ansvarlig (e-mail)');
  });

  it('tells the admin when the items come to them because the activity has no owner', async () => {
    const email = await renderMessage(digest([item({ via: 'admin' })]), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(email.text).toContain('have no owner');
    expect(email.text).not.toContain('because you are the owner');
  });

  it('lists at most 200 items and counts the rest', async () => {
    const items = Array.from({ length: MAX_LISTED_ITEMS + 5 }, (_, i) =>
      item({ key: { ...item().key, itemId: `holding:h${i}` }, reference: `K-${i}` }),
    );
    const email = await renderMessage(digest(items), { register: register(), unsubscribeUrl: LEAVE });
    expect(email.subject).toContain('205 overskredne');
    expect(email.text).toContain('… og 5 mere');
    expect(email.text).not.toContain('K-204');
  });

  it('links deletion routines to the activity row of the bound spreadsheet on Google Sheets', async () => {
    const routine = item({
      subject: 'routine',
      reference: null,
      sheet: 'activities',
      sheetRow: 4,
      cadence: 'monthly',
    });
    expect(rowLink(register(), routine)).toBe(
      'https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=11&range=A4',
    );
    const email = await renderMessage(digest([routine]), { register: register(), unsubscribeUrl: LEAVE });
    expect(email.text).toContain('Sletterutine');
    expect(email.text).toContain('Interval: Månedlig');
  });

  it('links a data-subject request to its row on the Requests sheet of the bound spreadsheet', () => {
    const request = item({ subject: 'request', sheet: 'requests', sheetRow: 7 });
    const gids = { activities: 11, dataCategories: 22, retentionLog: 33, requests: 44 };
    expect(rowLink(register({ sheetGids: gids }), request)).toBe(
      'https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=44&range=A7',
    );
    // A register lifted from payloadVersion 3 sent no Requests gid: the link opens the spreadsheet.
    expect(rowLink(register(), request)).toBe('https://docs.google.com/spreadsheets/d/sheet-1/edit');
  });

  it('can link to no host but Google Sheets and this deployment: a foreign link host is impossible', async () => {
    // Payload version 4 has no URL at all; a spreadsheet id that tries to smuggle a host, path
    // or script in is no spreadsheet id and gets no link.
    for (const spreadsheetId of ['evil.example/x', 'javascript:alert(1)', '../../phish', 'a b']) {
      const routine = item({ subject: 'routine', sheet: 'activities', sheetRow: 4 });
      expect(rowLink(register({ spreadsheetId }), routine), spreadsheetId).toBeNull();
    }
    const email = await renderMessage(digest([item()]), {
      register: register({ spreadsheetId: 'evil.example/x' }),
      unsubscribeUrl: LEAVE,
    });
    const hosts = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]).host);
    expect(hosts).toEqual(['art30.example.org']);
    const normal = await renderMessage(digest([item()]), { register: register(), unsubscribeUrl: LEAVE });
    const normalHosts = [...normal.html.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]).host);
    expect(normalHosts).toEqual(['docs.google.com', 'art30.example.org']);
  });
});

describe('the heading, the status badges and the plain-text sections', () => {
  const overdue = item();
  const dueToday = item({
    key: { ...item().key, itemId: 'holding:h2', kind: 'due' },
    reference: 'K-TODAY',
    stage: 'due',
    daysOverdue: 0,
    due: '2026-03-08',
  });
  const dueSoon = item({
    key: { ...item().key, itemId: 'holding:h3', kind: 'dueSoon' },
    reference: 'K-SOON',
    stage: 'dueSoon',
    daysOverdue: 0,
    due: '2026-03-20',
  });

  it('opens with the register’s name, the run date in words and a summary that says what the subject says', async () => {
    const email = await renderMessage(digest([overdue, dueToday, dueSoon]), {
      register: register(),
      unsubscribeUrl: LEAVE,
      runDate: '2026-11-25',
    });
    expect(email.html).toContain('<h1>Klinik Ærø</h1>');
    expect(email.html).toContain('Status pr. 25. november 2026');
    const counts = email.subject.slice('Sletning: '.length, email.subject.lastIndexOf(' – '));
    expect(counts).toBe('1 overskredet, 1 forfalder i dag og 1 forfalder snart');
    expect(email.html).toContain(`I denne e-mail: ${counts}.`);
    expect(email.text.split('\n').slice(0, 3)).toEqual([
      'Klinik Ærø',
      'Status pr. 25. november 2026',
      `I denne e-mail: ${counts}.`,
    ]);

    const english = await renderMessage(digest([overdue]), {
      register: register({ lang: 'en', name: 'Shop <b>' }),
      unsubscribeUrl: LEAVE,
      runDate: '2026-03-08',
    });
    expect(english.html).toContain('<h1>Shop &lt;b&gt;</h1>');
    expect(english.html).toContain('Status on 8 March 2026');
    expect(english.text).toContain('In this email: 1 overdue.');
  });

  it('leaves the date out of the heading when it is not told the run date', async () => {
    const email = await renderMessage(digest([overdue]), { register: register(), unsubscribeUrl: LEAVE });
    expect(email.html).toContain('<h1>Klinik Ærø</h1>');
    expect(email.html).not.toContain('Status pr.');
    expect(email.text.split('\n').slice(0, 2)).toEqual(['Klinik Ærø', 'I denne e-mail: 1 overskredet.']);
  });

  it('names the date column and the rule column differently, in both languages', async () => {
    const da = await renderMessage(digest([overdue]), { register: register(), unsubscribeUrl: LEAVE });
    expect(da.html).toContain('<th class="nowrap">Slettes senest</th>');
    expect(da.html).toContain('<th>Regel</th>');
    expect(da.html).not.toContain('Slettefrist');
    const en = await renderMessage(digest([overdue]), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(en.html).toContain('<th class="nowrap">Delete by</th>');
    expect(en.html).toContain('<th>Rule</th>');
    expect(en.html).toContain('<th>Reference and status</th>');
    expect(en.text).toContain('Delete by: 1 Mar 2026');
    expect(en.text).toContain(`Rule: ${describeRetention(SIX_MONTHS, 'en')}`);
  });

  it('marks overdue red with the days late, due soon amber and due today neutral', async () => {
    const email = await renderMessage(digest([dueSoon, overdue, dueToday]), {
      register: register(),
      unsubscribeUrl: LEAVE,
    });
    expect(email.html).toContain('<span class="badge late">Overskredet med 7 dage</span>');
    expect(email.html).toContain('<span class="badge today">Forfalder i dag</span>');
    expect(email.html).toContain('<span class="badge soon">Forfalder snart</span>');
    expect(email.html).toMatch(/\.late\{[^}]*color:#a50e0e/);
    const oneDay = await renderMessage(digest([item({ daysOverdue: 1 })]), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(oneDay.html).toContain('<span class="badge late">1 day overdue</span>');
  });

  it('keeps the row link on one line', async () => {
    const email = await renderMessage(digest([overdue]), { register: register(), unsubscribeUrl: LEAVE });
    expect(email.html).toMatch(/<td class="nowrap"><a href="[^"]+">Åbn rækken<\/a><\/td>/);
    expect(email.html).toContain('<th class="nowrap">Regneark</th>');
    expect(email.html).toMatch(/\.nowrap\{white-space:nowrap\}/);
  });

  it('groups the plain text under Overskredet, Forfalder i dag and Forfalder snart, most urgent first', async () => {
    const email = await renderMessage(digest([dueSoon, overdue, dueToday]), {
      register: register(),
      unsubscribeUrl: LEAVE,
    });
    const lines = email.text.split('\n');
    const at = (line: string) => lines.indexOf(line);
    const sections = ['Overskredet (1)', 'Forfalder i dag (1)', 'Forfalder snart (1)'].map(at);
    expect(sections.every((i) => i > 0)).toBe(true);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    expect(lines[sections[0] + 1]).toBe('='.repeat('Overskredet (1)'.length));
    const lineOf = (ref: string) => lines.findIndex((l) => l.includes(ref));
    expect(lineOf('K-2025-014')).toBeGreaterThan(sections[0]);
    expect(lineOf('K-2025-014')).toBeLessThan(sections[1]);
    expect(lineOf('K-TODAY')).toBeGreaterThan(sections[1]);
    expect(lineOf('K-TODAY')).toBeLessThan(sections[2]);
    expect(lineOf('K-SOON')).toBeGreaterThan(sections[2]);
    expect(lines[lineOf('K-2025-014')]).toBe('• Klientforløb – K-2025-014: Overskredet med 7 dage');
    // The HTML lists the rows in the same order.
    const html = email.html;
    expect(html.indexOf('K-2025-014')).toBeLessThan(html.indexOf('K-TODAY'));
    expect(html.indexOf('K-TODAY')).toBeLessThan(html.indexOf('K-SOON'));

    const en = await renderMessage(digest([dueSoon, overdue]), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(en.text).toMatch(/Overdue \(1\)\n=+\n\n• Klientforløb – K-2025-014: 7 days overdue\n/);
    expect(en.text).toMatch(/Due soon \(1\)\n=+\n\n• Klientforløb – K-SOON: Due soon\n/);
  });

  it('says a review is late rather than overdue, and a routine that was never run', async () => {
    const review = item({
      key: { ...item().key, itemId: 'review:act-1', kind: 'review' },
      subject: 'review',
      stage: 'stale',
      reference: null,
      daysOverdue: 12,
      sheet: 'activities',
      sheetRow: 3,
    });
    const never = item({
      key: { ...item().key, itemId: 'routine:act-1', kind: 'routine' },
      subject: 'routine',
      stage: 'neverRun',
      reference: null,
      daysOverdue: 0,
      cadence: 'weekly',
      sheet: 'activities',
      sheetRow: 3,
    });
    const email = await renderMessage(digest([review, never]), {
      register: register(),
      unsubscribeUrl: LEAVE,
    });
    // Not "Slettes senest": nothing in this list is deleted by its date.
    expect(email.html).toContain('<th class="nowrap">Frist</th>');
    expect(email.html).not.toContain('Slettes senest');
    expect(email.html).toContain('<span class="badge soon">Gennemgang 12 dage for sent</span>');
    expect(email.html).toContain('<span class="badge soon">Aldrig kørt</span>');
    expect(email.text).toContain('Gennemgang mangler (1)');
    expect(email.text).toContain('Gennemgås senest: 1. mar. 2026');
    expect(email.text).toContain('Aldrig kørt (1)');
    expect(email.text).not.toContain('Overskredet');
  });
});

describe('the escalation digest and the admin notice', () => {
  it('name the escalation and the contact’s role', async () => {
    const email = await renderMessage(digest([item({ via: 'escalation', daysOverdue: 15 })], 'escalation'), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(email.subject).toBe('Escalation: 1 deletion long overdue – Klinik Ærø');
    expect(email.text).toContain('14 days or more overdue');
    expect(email.text).toContain('escalation contact');
  });

  it('explain a stale sync and a failing address to the admin', async () => {
    const message: PlannedMessage = {
      kind: 'notice',
      recipient: 'admin@klinik.dk',
      items: [],
      notices: [
        {
          key: { itemId: 'register', recipient: 'admin@klinik.dk', kind: 'staleSync', keyDate: '2026-03-09' },
          kind: 'staleSync',
          lastSync: '2026-03-01',
          daysSinceSync: 8,
        },
        {
          key: {
            itemId: 'address:a@x.dk',
            recipient: 'admin@klinik.dk',
            kind: 'failingAddress',
            keyDate: '2026-03-07',
          },
          kind: 'failingAddress',
          address: 'a@x.dk',
          failingSince: '2026-03-07',
          consecutiveRuns: 3,
        },
      ],
    };
    const email = await renderMessage(message, { register: register(), unsubscribeUrl: LEAVE });
    expect(email.subject).toBe('Art30 kræver din opmærksomhed – Klinik Ærø');
    expect(email.text).toContain('sidst synkroniseret 1. mar. 2026 (8 dage siden)');
    expect(email.text).toContain('Påmindelser til a@x.dk er ikke kommet frem ved de seneste 3 kørsler');
    expect(email.html).not.toContain('<table');
  });
});

describe('the email catalogue', () => {
  it('has the same messages in Danish and English', () => {
    const shape = (o: object): string[] =>
      Object.entries(o)
        .flatMap(([k, v]) =>
          v && typeof v === 'object' && !Array.isArray(v) ? shape(v).map((s) => `${k}.${s}`) : [k],
        )
        .sort();
    expect(shape(EMAIL_MESSAGES.en)).toEqual(shape(EMAIL_MESSAGES.da));
  });
});

describe('a minimum period in a reminder', () => {
  const FLOOR_RULE: ReminderItem['rule'] = {
    kind: 'computed',
    terms: [],
    floor: [
      { period: { years: 5, months: 0, weeks: 0, days: 0 }, trigger: 'relationshipEnded', anchor: 'event' },
    ],
    combine: 'earliest',
    ceiling: false,
    legalHoldExtends: false,
  };
  const floorItem = (stage: 'mayDelete' | 'floorReview') =>
    item({
      key: { itemId: 'holding:h9', recipient: 'owner@klinik.dk', kind: stage, keyDate: '2030-03-16' },
      stage,
      due: '2030-03-16',
      daysOverdue: 0,
      rule: FLOOR_RULE,
      ruleText: 'mindst 5 år efter ophør',
    });

  it('says "may now be deleted: decide" and "may be deleted from", never "delete by" or overdue', async () => {
    const en = await renderMessage(digest([floorItem('mayDelete')]), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(en.text).toContain('May now be deleted: decide');
    expect(en.text).toContain('May be deleted from: 16 Mar 2030');
    expect(en.text).not.toContain('Delete by');
    expect(en.text).not.toMatch(/overdue/i);
    expect(en.html).toContain('May be deleted from');
    expect(en.html).not.toContain('Delete by');
    const da = await renderMessage(digest([floorItem('mayDelete')]), {
      register: register(),
      unsubscribeUrl: LEAVE,
    });
    expect(da.text).toContain('Må nu slettes: tag stilling');
    expect(da.text).toContain('Må slettes fra');
    expect(da.text).not.toContain('Slettes senest');
  });

  it('names an undecided one a review, still with the day it may be deleted from', async () => {
    const en = await renderMessage(digest([floorItem('floorReview')]), {
      register: register({ lang: 'en' }),
      unsubscribeUrl: LEAVE,
    });
    expect(en.text).toContain('Review: no decision on deletion');
    expect(en.text).toContain('May be deleted from');
    expect(en.text).not.toMatch(/overdue/i);
  });
});
