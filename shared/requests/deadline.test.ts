// The request clock against dates worked out by hand from Reg. 1182/71 Art. 3 and the Danish
// calendar (weekdays and Easter dates checked on a printed calendar, not by this code).

import { describe, expect, it } from 'vitest';
import { assessRequest, requestDeadline, requestWindow } from './deadline.ts';
import { easterSunday, isWorkingDay } from './holidays.ts';

const plain = (received: string) => ({ received, extensionReason: '', extensionNotified: null });
const dueOf = (received: string) => requestDeadline(plain(received))?.due;

describe('the one-month deadline', () => {
  it('a request received on 31 January is due on the last day of February', () => {
    // 28 Feb 2025 is a Friday; 29 Feb 2028 is a Tuesday.
    expect(dueOf('2025-01-31')).toBe('2025-02-28');
    expect(dueOf('2028-01-31')).toBe('2028-02-29');
  });

  it('a request is due on the same date of the next month', () => {
    expect(dueOf('2025-03-12')).toBe('2025-04-14'); // 12 Apr 2025 is a Saturday → Monday 14
    expect(dueOf('2026-09-15')).toBe('2026-10-15'); // a Thursday
  });

  it('a deadline on a Saturday or Sunday moves to the Monday', () => {
    expect(dueOf('2026-01-31')).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
    expect(dueOf('2026-02-15')).toBe('2026-03-16'); // 15 Mar 2026 is a Sunday
  });

  it('a deadline in Easter moves past skærtorsdag, langfredag, the weekend and 2. påskedag', () => {
    // Easter Sunday 2026 is 5 April: 2 Apr skærtorsdag … 6 Apr 2. påskedag.
    expect(dueOf('2026-03-02')).toBe('2026-04-07');
    expect(dueOf('2026-03-03')).toBe('2026-04-07');
    expect(dueOf('2026-03-06')).toBe('2026-04-07');
  });

  it('Kristi himmelfartsdag, pinse, jul and nytårsdag move a deadline to the next working day', () => {
    expect(dueOf('2026-04-14')).toBe('2026-05-15'); // 14 May 2026, Ascension Day
    expect(dueOf('2026-04-24')).toBe('2026-05-26'); // 24/25 May 2026, pinsedag and 2. pinsedag
    expect(dueOf('2026-11-25')).toBe('2026-12-28'); // 25 Dec Friday, 26 Dec Saturday, Sunday
    expect(dueOf('2026-12-01')).toBe('2027-01-04'); // 1 Jan 2027 Friday, then the weekend
  });

  it('store bededag moves a deadline in 2023 but is a working day from 2024', () => {
    expect(dueOf('2023-04-05')).toBe('2023-05-08'); // 5 May 2023, store bededag, a Friday
    expect(dueOf('2026-04-01')).toBe('2026-05-01'); // 1 May 2026 would have been store bededag
  });

  it('grundlovsdag, juleaftensdag and nytårsaftensdag are working days', () => {
    expect(dueOf('2026-05-05')).toBe('2026-06-05'); // a Friday
    expect(dueOf('2025-11-24')).toBe('2025-12-24'); // a Wednesday
    expect(dueOf('2025-12-01')).toBe('2026-01-02'); // 1 Jan 2026 nytårsdag (Thu); 31 Dec is no holiday
    expect(dueOf('2026-11-30')).toBe('2026-12-30'); // a Wednesday
  });

  it('a request with no readable date of receipt has no deadline', () => {
    expect(requestDeadline(plain(''))).toBeNull();
    expect(requestDeadline({ received: null, extensionReason: '', extensionNotified: null })).toBeNull();
  });
});

describe('the extension to three months', () => {
  const extended = (received: string, notified: string | null, reason = 'Mange sager') =>
    requestDeadline({ received, extensionReason: reason, extensionNotified: notified });

  it('counts when the notice is given on the last day of the first month', () => {
    // Received 31 Jan 2025: first month ends 28 Feb; three months end 30 Apr 2025 (a Wednesday).
    expect(extended('2025-01-31', '2025-02-28')).toEqual({
      firstMonthEnds: '2025-02-28',
      due: '2025-04-30',
      extended: true,
      extensionProblem: null,
    });
    // Received 2 Mar 2026: the first month ends on 7 Apr after Easter; 2 Jun 2026 is a Tuesday.
    expect(extended('2026-03-02', '2026-04-07')?.due).toBe('2026-06-02');
  });

  it('does not count when the notice is one day late, and the one-month deadline stays', () => {
    expect(extended('2025-01-31', '2025-03-01')).toEqual({
      firstMonthEnds: '2025-02-28',
      due: '2025-02-28',
      extended: false,
      extensionProblem: 'noticeLate',
    });
    expect(extended('2026-03-02', '2026-04-08')?.due).toBe('2026-04-07');
  });

  it('needs both a reason and a notice date', () => {
    expect(extended('2025-01-31', null)?.extensionProblem).toBe('noNotice');
    expect(extended('2025-01-31', '2025-02-10', '  ')?.extensionProblem).toBe('noReason');
    expect(extended('2025-01-31', '2025-01-20')?.extensionProblem).toBe('noticeBeforeReceipt');
    expect(extended('2025-01-31', null, '')?.extensionProblem).toBeNull();
  });
});

describe('where a request stands', () => {
  const facts = { ...plain('2025-01-31'), answeredOn: null };

  it('is open, due soon within the window, overdue the day after its deadline', () => {
    expect(assessRequest(facts, '2025-02-20', 7).status).toBe('open');
    expect(assessRequest(facts, '2025-02-21', 7).status).toBe('dueSoon');
    expect(assessRequest(facts, '2025-02-28', 7).status).toBe('dueSoon');
    expect(assessRequest(facts, '2025-03-01', 7)).toMatchObject({ status: 'overdue', daysOverdue: 1 });
  });

  it('an answered request is answered whatever the date, and says when it was late', () => {
    expect(assessRequest({ ...facts, answeredOn: '2025-02-27' }, '2025-06-01', 7)).toMatchObject({
      status: 'answered',
      answeredLate: false,
    });
    expect(assessRequest({ ...facts, answeredOn: '2025-03-03' }, '2025-06-01', 7).answeredLate).toBe(true);
  });

  it("the window is the register's due-soon window, at most 7 days", () => {
    expect(requestWindow(14)).toBe(7);
    expect(requestWindow(3)).toBe(3);
    expect(requestWindow(0)).toBe(0);
  });
});

describe('the Danish calendar', () => {
  it('finds Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('knows working days', () => {
    expect(isWorkingDay('2026-04-02')).toBe(false); // skærtorsdag
    expect(isWorkingDay('2026-06-05')).toBe(true); // grundlovsdag, a Friday
    expect(isWorkingDay('2026-12-24')).toBe(true); // juleaftensdag, a Thursday
    expect(isWorkingDay('2026-12-26')).toBe(false); // 2. juledag, a Saturday
    expect(isWorkingDay('2024-04-26')).toBe(true); // would have been store bededag
  });
});
