import { describe, expect, it } from 'vitest';
import { describeRetention } from '../../shared/retention/describe.ts';
import type { ComputedRule } from '../../shared/retention/types.ts';
import type { SyncRegister } from '../../shared/sync/types.ts';
import type { PlannedMessage, ReminderItem } from '../job/plan.ts';
import { EMAIL_MESSAGES } from './messages.ts';
import { MAX_LISTED_ITEMS, renderMessage, rowLink } from './render.tsx';

const SIX_MONTHS: ComputedRule = {
  kind: 'computed',
  terms: [{ period: { years: 0, months: 6, weeks: 0, days: 0 }, trigger: 'collected', anchor: 'event' }],
  combine: 'earliest',
  ceiling: false,
  legalHoldExtends: false,
};

function register(overrides: Partial<SyncRegister> = {}): SyncRegister {
  return {
    name: 'Klinik Ærø',
    lang: 'da',
    timeZone: 'Europe/Copenhagen',
    spreadsheetId: 'sheet-1',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/sheet-1/edit',
    sheetGids: { activities: 11, dataCategories: 22, retentionLog: 33 },
    fiscalYearEnd: '12-31',
    dueSoonDays: 14,
    escalationAfterDays: 14,
    adminEmail: 'admin@klinik.dk',
    escalationEmail: 'boss@klinik.dk',
    ...overrides,
  };
}

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
    const email = await renderMessage(digest(items), { register: register() });
    expect(email.subject).toBe('Sletning: 1 overskredet, 2 forfalder snart og 1 gennemgang – Klinik Ærø');
  });

  it('speaks English for an English register, with the rule in plain words', async () => {
    const email = await renderMessage(digest([item()]), { register: register({ lang: 'en', name: 'Shop' }) });
    expect(email.subject).toBe('Deletion: 1 overdue – Shop');
    const words = describeRetention(SIX_MONTHS, 'en');
    expect(words.length).toBeGreaterThan(0);
    expect(email.text).toContain(words);
    expect(email.html).toContain('Days overdue');
    expect(email.text).toContain('1 Mar 2026');
  });

  it('lists activity, reference, due date, days overdue, rule and a link to the row', async () => {
    const email = await renderMessage(digest([item()]), { register: register() });
    const link = 'https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=33&amp;range=A12';
    expect(email.html).toContain(`href="${link}"`);
    for (const text of [
      'Klientforløb',
      'K-2025-014',
      '1. mar. 2026',
      '>7<',
      describeRetention(SIX_MONTHS, 'da'),
    ]) {
      expect(email.html).toContain(text);
    }
    expect(email.text).toContain('https://docs.google.com/spreadsheets/d/sheet-1/edit#gid=33&range=A12');
  });

  it('says in its footer why the owner gets it and how to change the owner', async () => {
    const email = await renderMessage(digest([item()]), { register: register() });
    expect(email.text).toContain('fordi du er ansvarlig for disse aktiviteter i fortegnelsen «Klinik Ærø»');
    expect(email.text).toContain(EMAIL_MESSAGES.da.footer.changeOwner);
    expect(EMAIL_MESSAGES.da.footer.changeOwner).toContain('Ansvarlig (e-mail)');
  });

  it('tells the admin when the items come to them because the activity has no owner', async () => {
    const email = await renderMessage(digest([item({ via: 'admin' })]), {
      register: register({ lang: 'en' }),
    });
    expect(email.text).toContain('have no owner');
    expect(email.text).not.toContain('because you are the owner');
  });

  it('lists at most 200 items and counts the rest', async () => {
    const items = Array.from({ length: MAX_LISTED_ITEMS + 5 }, (_, i) =>
      item({ key: { ...item().key, itemId: `holding:h${i}` }, reference: `K-${i}` }),
    );
    const email = await renderMessage(digest(items), { register: register() });
    expect(email.subject).toContain('205 overskredet');
    expect(email.text).toContain('… og 5 mere');
    expect(email.text).not.toContain('K-204');
  });

  it('links deletion routines to the activity row and never renders a non-https link', async () => {
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
    expect(rowLink(register({ spreadsheetUrl: 'https://x.example/s#gid=0' }), routine)).toBe(
      'https://x.example/s#gid=11&range=A4',
    );
    expect(rowLink(register({ spreadsheetUrl: 'javascript:alert(1)' }), routine)).toBeNull();
    const email = await renderMessage(digest([routine]), {
      register: register({ spreadsheetUrl: 'javascript:alert(1)' }),
    });
    expect(email.html).not.toContain('javascript:');
    expect(email.text).toContain('Sletterutine');
    expect(email.text).toContain('Slettefrist / interval: Månedlig');
  });
});

describe('the escalation digest and the admin notice', () => {
  it('name the escalation and the contact’s role', async () => {
    const email = await renderMessage(digest([item({ via: 'escalation', daysOverdue: 15 })], 'escalation'), {
      register: register({ lang: 'en' }),
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
    const email = await renderMessage(message, { register: register() });
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
