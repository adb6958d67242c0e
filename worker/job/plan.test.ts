import { describe, expect, it } from 'vitest';
import {
  activity,
  FIVE_YEARS_FROM_FISCAL_YEAR_END,
  holding,
  monthsAfter,
  PURPOSE_BASED,
  payload,
} from '../../test/fixtures/examplePayload.ts';
import { everyoneConfirmed } from '../recipients/book.ts';
import { type PlanInput, planRegister, type RegisterPlan, reminderKeyString } from './plan.ts';

function plan(input: Partial<PlanInput> & Pick<PlanInput, 'payload' | 'runDate'>): RegisterPlan {
  return planRegister({
    lastSyncDate: input.runDate,
    recorded: new Set(),
    book: everyoneConfirmed(input.payload),
    ...input,
  });
}

/** "recipient kind: item@stage/keyDate" lines, easy to read in a failing test. */
function summary(p: RegisterPlan): string[] {
  return p.messages.flatMap((m) => [
    ...m.items.map((i) => `${m.recipient} ${m.kind}: ${i.key.itemId} ${i.key.kind}/${i.key.keyDate}`),
    ...m.notices.map((n) => `${m.recipient} ${m.kind}: ${n.key.itemId} ${n.key.kind}/${n.key.keyDate}`),
  ]);
}

// Received 2025-09-30, kept 6 months: due 2026-03-30, due soon from 2026-03-16.
const onePatient = payload({ holdings: [holding('h1', { events: { collected: '2025-09-30' } })] });

describe('holdings in the owner digest', () => {
  it('are announced on the first day of the due-soon window and not before', () => {
    expect(summary(plan({ payload: onePatient, runDate: '2026-03-15' }))).toEqual([]);
    expect(summary(plan({ payload: onePatient, runDate: '2026-03-16' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 dueSoon/2026-03-16',
    ]);
  });

  it('carry what the email lists: activity, reference, due date, rule, sheet row', () => {
    const [message] = plan({ payload: onePatient, runDate: '2026-03-30' }).messages;
    expect(message.items[0]).toMatchObject({
      stage: 'due',
      via: 'owner',
      activityName: 'Aktivitet a1',
      reference: 'K-h1',
      due: '2026-03-30',
      daysOverdue: 0,
      ruleText: '6 måneder efter modtagelse',
      sheet: 'retentionLog',
      sheetRow: 2,
    });
  });

  it('fall due on the last day of a short month (31 August + 6 months = 28 February)', () => {
    const p = payload({ holdings: [holding('h1', { events: { collected: '2025-08-31' } })] });
    expect(summary(plan({ payload: p, runDate: '2026-02-28' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 due/2026-02-28',
    ]);
    expect(summary(plan({ payload: p, runDate: '2026-03-07' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 overdue/2026-03-07',
    ]);
  });

  it('fall due on 29 February in a leap year and are a week overdue on 7 March', () => {
    const p = payload({
      activities: [activity('a1', { lastReview: '2027-09-01' })],
      holdings: [holding('h1', { events: { collected: '2027-08-31' } })],
    });
    expect(summary(plan({ payload: p, runDate: '2028-02-29' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 due/2028-02-29',
    ]);
    const week = plan({ payload: p, runDate: '2028-03-07' });
    expect(summary(week)).toEqual(['owner@klinik.dk digest: holding:h1 overdue/2028-03-07']);
    expect(week.messages[0].items[0].daysOverdue).toBe(7);
  });

  it('count five years from the end of a financial year that ends 30 June, not 31 December', () => {
    const p = payload({
      register: { fiscalYearEnd: '06-30' },
      activities: [activity('a1', { rule: FIVE_YEARS_FROM_FISCAL_YEAR_END, lastReview: '2026-01-05' })],
      holdings: [holding('h1', { events: { recordDate: '2020-07-15' } })],
    });
    // A calendar year would have made this due 2025-12-31 and a week overdue on 2026-01-07.
    expect(summary(plan({ payload: p, runDate: '2026-01-07' }))).toEqual([]);
    expect(summary(plan({ payload: p, runDate: '2026-06-30' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 due/2026-06-30',
    ]);
  });

  it('use the data-category row’s own rule before the activity’s default', () => {
    const p = payload({
      dataCategories: [
        { id: 'dc1', activityId: 'a1', rule: monthsAfter(1), ruleText: '1 måned', sheetRow: 2 },
      ],
      holdings: [holding('h1', { dataCategoryId: 'dc1', events: { collected: '2026-02-28' } })],
    });
    const [message] = plan({ payload: p, runDate: '2026-03-28' }).messages;
    expect(message.items[0]).toMatchObject({ stage: 'due', due: '2026-03-28', ruleText: '1 måned' });
  });

  it('are silent while on legal hold, once deleted, or with a manual rule', () => {
    const p = payload({
      activities: [
        activity('a1', { lastReview: '2026-01-05' }),
        activity('a2', { rule: PURPOSE_BASED, lastReview: '2026-01-05' }),
      ],
      holdings: [
        holding('held', { legalHold: true, events: { collected: '2025-01-01' } }),
        holding('gone', { deletedOn: '2025-07-01', events: { collected: '2025-01-01' } }),
        holding('manual', { activityId: 'a2', events: { collected: '2025-01-01' } }),
      ],
    });
    expect(summary(plan({ payload: p, runDate: '2026-03-01' }))).toEqual([]);
  });

  it('follow an extension instead of the computed date', () => {
    const p = payload({
      holdings: [holding('h1', { events: { collected: '2025-06-01' }, extendedUntil: '2026-04-30' })],
    });
    // Computed due 2025-12-01 would be overdue by now; the extension makes it due soon instead.
    expect(summary(plan({ payload: p, runDate: '2026-03-01' }))).toEqual([]);
    const soon = plan({ payload: p, runDate: '2026-04-16' });
    expect(summary(soon)).toEqual(['owner@klinik.dk digest: holding:h1 dueSoon/2026-04-16']);
    expect(soon.messages[0].items[0]).toMatchObject({ due: '2026-04-30', extended: true });
  });

  it('are never planned again once their key is recorded (a rerun sends nothing)', () => {
    const first = plan({ payload: onePatient, runDate: '2026-03-16' });
    const recorded = new Set(first.messages.flatMap((m) => m.items.map((i) => reminderKeyString(i.key))));
    expect(plan({ payload: onePatient, runDate: '2026-03-16', recorded }).messages).toEqual([]);
    expect(plan({ payload: onePatient, runDate: '2026-03-20', recorded }).messages).toEqual([]);
  });
});

describe('minimum periods (floors)', () => {
  // Kept at least 5 years after the relationship ended on 2021-03-15: kept through 2026-03-15,
  // may be deleted from 2026-03-16; undecided 90 days later (the register's floorReviewDays),
  // on 2026-06-14, it becomes a weekly review. Dates worked out by hand.
  const atLeastFiveYears = payload({
    activities: [
      activity('a1', {
        lastReview: '2026-03-01',
        ruleText: 'mindst 5 år efter ophør',
        rule: {
          kind: 'computed',
          terms: [],
          floor: [
            {
              period: { years: 5, months: 0, weeks: 0, days: 0 },
              trigger: 'relationshipEnded',
              anchor: 'event',
            },
          ],
          combine: 'earliest',
          ceiling: false,
          legalHoldExtends: false,
        },
      }),
    ],
    holdings: [holding('h1', { events: { relationshipEnded: '2021-03-15' } })],
  });
  const keysOf = (p: RegisterPlan) => p.messages.flatMap((m) => m.items.map((i) => reminderKeyString(i.key)));

  it('give one "may now be deleted: decide" notice on the floor\'s date, never overdue or escalated', () => {
    expect(summary(plan({ payload: atLeastFiveYears, runDate: '2026-03-15' }))).toEqual([]);
    const first = plan({ payload: atLeastFiveYears, runDate: '2026-03-16' });
    expect(summary(first)).toEqual(['owner@klinik.dk digest: holding:h1 mayDelete/2026-03-16']);
    const item = first.messages[0].items[0];
    expect([item.stage, item.due, item.daysOverdue]).toEqual(['mayDelete', '2026-03-16', 0]);
    const recorded = new Set(keysOf(first));
    // 14 and 30 days later an overdue deadline would be escalated; a floor sends nothing more.
    for (const runDate of ['2026-03-17', '2026-03-30', '2026-04-15', '2026-06-13']) {
      expect(summary(plan({ payload: atLeastFiveYears, runDate, recorded }))).toEqual([]);
    }
    for (const runDate of ['2026-03-30', '2026-04-15', '2026-06-13']) {
      const kinds = plan({ payload: atLeastFiveYears, runDate }).messages.map((m) => m.kind);
      expect(kinds).not.toContain('escalation');
    }
  });

  it('become a weekly review once the decision window has passed without a decision', () => {
    const recorded = new Set(keysOf(plan({ payload: atLeastFiveYears, runDate: '2026-03-16' })));
    const review = plan({ payload: atLeastFiveYears, runDate: '2026-06-14', recorded });
    expect(summary(review)).toEqual(['owner@klinik.dk digest: holding:h1 floorReview/2026-06-14']);
    for (const key of keysOf(review)) recorded.add(key);
    expect(summary(plan({ payload: atLeastFiveYears, runDate: '2026-06-20', recorded }))).toEqual([]);
    expect(summary(plan({ payload: atLeastFiveYears, runDate: '2026-06-21', recorded }))).toEqual([
      'owner@klinik.dk digest: holding:h1 floorReview/2026-06-21',
    ]);
    expect(plan({ payload: atLeastFiveYears, runDate: '2026-07-01' }).messages.map((m) => m.kind)).toEqual([
      'digest',
    ]);
  });
});

describe('digests', () => {
  it('are one per owner, however the sheet spells the address', () => {
    const p = payload({
      activities: [
        activity('a1', { ownerEmail: 'Owner@Klinik.dk ', lastReview: '2026-01-05' }),
        activity('a2', { ownerEmail: 'owner@klinik.dk', lastReview: '2026-01-05' }),
        activity('a3', { ownerEmail: 'other@klinik.dk', lastReview: '2026-01-05' }),
      ],
      holdings: ['a1', 'a2', 'a3'].map((a, i) =>
        holding(`h${i}`, { activityId: a, events: { collected: '2025-09-30' } }),
      ),
    });
    const result = plan({ payload: p, runDate: '2026-03-30' });
    expect(result.messages.map((m) => [m.recipient, m.kind, m.items.length])).toEqual([
      ['other@klinik.dk', 'digest', 1],
      ['owner@klinik.dk', 'digest', 2],
    ]);
  });

  it('send the items of an activity without an owner to the admin, saying so', () => {
    const p = payload({
      activities: [activity('a1', { ownerEmail: null, lastReview: '2026-01-05' })],
      holdings: [holding('h1', { events: { collected: '2025-09-30' } })],
    });
    const [message] = plan({ payload: p, runDate: '2026-03-30' }).messages;
    expect(message.recipient).toBe('admin@klinik.dk');
    expect(message.items[0].via).toBe('admin');
  });

  it('send to the admin when the owner cell holds no usable address', () => {
    const p = payload({
      activities: [activity('a1', { ownerEmail: 'Hanne Jensen, hj@klinik.dk', lastReview: '2026-01-05' })],
      holdings: [holding('h1', { events: { collected: '2025-09-30' } })],
    });
    const [message] = plan({ payload: p, runDate: '2026-03-30' }).messages;
    expect([message.recipient, message.items[0].via]).toEqual(['admin@klinik.dk', 'admin']);
  });

  it('count items nobody can receive when there is neither owner nor admin', () => {
    const p = payload({
      register: { adminEmail: null },
      activities: [activity('a1', { ownerEmail: '', lastReview: '2026-01-05' })],
      holdings: [holding('h1', { events: { collected: '2025-09-30' } })],
    });
    const result = plan({ payload: p, runDate: '2026-03-30' });
    expect(result.messages).toEqual([]);
    expect(result.unaddressed).toBe(1);
  });

  it('list the most overdue items first', () => {
    const p = payload({
      holdings: [
        holding('soon', { events: { collected: '2025-10-05' } }),
        holding('late', { events: { collected: '2025-08-01' } }),
        holding('today', { events: { collected: '2025-09-30' } }),
      ],
    });
    const [message] = plan({ payload: p, runDate: '2026-03-30' }).messages;
    expect(message.items.map((i) => i.key.itemId)).toEqual(['holding:late', 'holding:today', 'holding:soon']);
  });
});

describe('escalation', () => {
  // Due 2026-03-01 (collected 2025-09-01): 14 days overdue on 2026-03-15.
  const late = payload({ holdings: [holding('h1', { events: { collected: '2025-09-01' } })] });

  it('starts when an item is 14 days overdue, in a separate digest to the escalation contact', () => {
    expect(summary(plan({ payload: late, runDate: '2026-03-14' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 overdue/2026-03-08',
    ]);
    expect(summary(plan({ payload: late, runDate: '2026-03-15' }))).toEqual([
      'owner@klinik.dk digest: holding:h1 overdue/2026-03-15',
      'boss@klinik.dk escalation: holding:h1 escalation/2026-03-15',
    ]);
  });

  it('lists only the escalated items and repeats weekly', () => {
    const p = payload({
      holdings: [...late.holdings, holding('h2', { events: { collected: '2025-09-10' } })],
    });
    const result = plan({ payload: p, runDate: '2026-03-22' });
    const escalation = result.messages.find((m) => m.kind === 'escalation');
    expect(escalation?.items.map((i) => [i.key.itemId, i.key.keyDate, i.daysOverdue])).toEqual([
      ['holding:h1', '2026-03-22', 21],
    ]);
  });

  it('follows the register’s own threshold and goes to the admin when there is no contact', () => {
    const p = payload({ ...late, register: { escalationAfterDays: 30, escalationEmail: null } });
    expect(plan({ payload: p, runDate: '2026-03-29' }).messages.some((m) => m.kind === 'escalation')).toBe(
      false,
    );
    const result = plan({ payload: p, runDate: '2026-03-31' });
    expect(result.messages.find((m) => m.kind === 'escalation')?.recipient).toBe('admin@klinik.dk');
  });
});

describe('deletion routines and reviews', () => {
  it('remind the owner of a routine that has never been run, weekly', () => {
    const p = payload({
      activities: [activity('a1', { routineCadence: 'monthly', lastReview: '2026-01-05' })],
    });
    const first = plan({ payload: p, runDate: '2026-03-04' });
    expect(summary(first)).toEqual(['owner@klinik.dk digest: routine:a1 routine/2026-03-02']);
    expect(first.messages[0].items[0].stage).toBe('neverRun');
    const recorded = new Set([reminderKeyString(first.messages[0].items[0].key)]);
    expect(plan({ payload: p, runDate: '2026-03-08', recorded }).messages).toEqual([]);
    expect(summary(plan({ payload: p, runDate: '2026-03-09', recorded }))).toEqual([
      'owner@klinik.dk digest: routine:a1 routine/2026-03-09',
    ]);
  });

  it('remind the owner when a monthly routine falls due and while it is overdue', () => {
    // Last run 31 January: due 28 February; the window is 14 days (at most half the cadence).
    const p = payload({
      activities: [
        activity('a1', { routineCadence: 'monthly', routineLastRun: '2026-01-31', lastReview: '2026-01-05' }),
      ],
    });
    const on = (d: string) => summary(plan({ payload: p, runDate: d }));
    expect(on('2026-02-13')).toEqual([]);
    expect(on('2026-02-14')).toEqual(['owner@klinik.dk digest: routine:a1 routine/2026-02-14']);
    expect(on('2026-02-28')).toEqual(['owner@klinik.dk digest: routine:a1 routine/2026-02-28']);
    const late = plan({ payload: p, runDate: '2026-03-07' });
    expect(summary(late)).toEqual(['owner@klinik.dk digest: routine:a1 routine/2026-03-07']);
    expect(late.messages[0].items[0]).toMatchObject({ stage: 'overdue', due: '2026-02-28', daysOverdue: 7 });
  });

  it('give a weekly routine a due-soon window of half its cadence, not two weeks', () => {
    const p = payload({
      activities: [
        activity('a1', { routineCadence: 'weekly', routineLastRun: '2026-03-01', lastReview: '2026-01-05' }),
      ],
    });
    expect(summary(plan({ payload: p, runDate: '2026-03-04' }))).toEqual([]);
    expect(summary(plan({ payload: p, runDate: '2026-03-05' }))).toEqual([
      'owner@klinik.dk digest: routine:a1 routine/2026-03-05',
    ]);
  });

  it('escalate a routine left undone like an overdue holding', () => {
    const p = payload({
      activities: [
        activity('a1', { routineCadence: 'monthly', routineLastRun: '2026-01-31', lastReview: '2026-01-05' }),
      ],
    });
    expect(summary(plan({ payload: p, runDate: '2026-03-14' }))).toEqual([
      'owner@klinik.dk digest: routine:a1 routine/2026-03-14',
      'boss@klinik.dk escalation: routine:a1 escalation/2026-03-14',
    ]);
  });

  it('remind the owner when an activity has not been reviewed for a year, then weekly', () => {
    const p = payload({ activities: [activity('a1', { lastReview: '2025-01-10' })] });
    expect(plan({ payload: p, runDate: '2026-01-10' }).messages).toEqual([]);
    expect(summary(plan({ payload: p, runDate: '2026-01-11' }))).toEqual([
      'owner@klinik.dk digest: review:a1 review/2026-01-11',
    ]);
    const stale = plan({ payload: p, runDate: '2026-02-01' });
    expect(summary(stale)).toEqual(['owner@klinik.dk digest: review:a1 review/2026-02-01']);
    expect(stale.messages[0].items[0]).toMatchObject({
      subject: 'review',
      stage: 'stale',
      sheet: 'activities',
      due: '2026-01-10',
      daysOverdue: 22,
    });
  });

  it('remind weekly about an activity that was never reviewed', () => {
    const p = payload({ activities: [activity('a1', { lastReview: null })] });
    expect(summary(plan({ payload: p, runDate: '2026-03-04' }))).toEqual([
      'owner@klinik.dk digest: review:a1 review/2026-03-02',
    ]);
  });
});

describe('notices to the admin', () => {
  it('warn when the last sync is more than 7 days older than the run date, then weekly', () => {
    const p = payload({});
    expect(summary(plan({ payload: p, runDate: '2026-03-08', lastSyncDate: '2026-03-01' }))).toEqual([]);
    const first = plan({ payload: p, runDate: '2026-03-09', lastSyncDate: '2026-03-01' });
    expect(summary(first)).toEqual(['admin@klinik.dk notice: register staleSync/2026-03-09']);
    const recorded = new Set([reminderKeyString(first.messages[0].notices[0].key)]);
    expect(
      plan({ payload: p, runDate: '2026-03-15', lastSyncDate: '2026-03-01', recorded }).messages,
    ).toEqual([]);
    expect(
      summary(plan({ payload: p, runDate: '2026-03-16', lastSyncDate: '2026-03-01', recorded })),
    ).toEqual(['admin@klinik.dk notice: register staleSync/2026-03-16']);
  });

  it('warn about an owner address that failed on three consecutive runs, once per streak', () => {
    const p = payload({});
    const streak = (n: number) => [{ address: 'owner@klinik.dk', since: '2026-03-01', consecutiveRuns: n }];
    expect(plan({ payload: p, runDate: '2026-03-02', failingStreaks: streak(2) }).messages).toEqual([]);
    const warned = plan({ payload: p, runDate: '2026-03-03', failingStreaks: streak(3) });
    expect(summary(warned)).toEqual([
      'admin@klinik.dk notice: address:owner@klinik.dk failingAddress/2026-03-01',
    ]);
    const recorded = new Set([reminderKeyString(warned.messages[0].notices[0].key)]);
    expect(plan({ payload: p, runDate: '2026-03-04', failingStreaks: streak(4), recorded }).messages).toEqual(
      [],
    );
  });

  it('warn 13 months after the last sync and delete the register a month later', () => {
    const p = payload({});
    const warned = plan({ payload: p, runDate: '2026-02-28', lastSyncDate: '2025-01-31' });
    const inactive = warned.messages[0].notices.find((n) => n.kind === 'inactiveRegister');
    expect(inactive).toMatchObject({ lastSync: '2025-01-31', deleteOn: '2026-03-31' });
    expect(warned.deleteRegister).toBe(false);
    const gone = plan({ payload: p, runDate: '2026-03-31', lastSyncDate: '2025-01-31' });
    expect(gone).toMatchObject({ deleteRegister: true, messages: [] });
  });
});
