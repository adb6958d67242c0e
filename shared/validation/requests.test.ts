// Validate on the Requests sheet, one rule at a time. Dates worked out by hand: today is
// Wednesday 25 November 2026 (fixtures.ts); 1 November 2026 is a Sunday.

import { describe, expect, it } from 'vitest';
import type { DocumentRow, Issue } from '../register/types.ts';
import { registerWith, TODAY } from './fixtures.ts';
import { validateRegister } from './validate.ts';

const request = (extra: DocumentRow): DocumentRow => ({
  id: 'r1',
  reference: 'SAG-2026-17',
  type: 'Indsigt (art. 15)',
  received: '2026-11-10',
  channel: 'E-mail',
  identityCheck: 'Bekræftet',
  activities: 'Lønadministration',
  responsible: 'ida@firma.dk',
  ...extra,
});

function issuesFor(extra: DocumentRow, lang: 'da' | 'en' = 'en'): Issue[] {
  const doc = registerWith((d) => {
    d.sheets.requests = [request(extra)];
  });
  return validateRegister(doc, { today: TODAY, lang }).filter((i) => i.sheet === 'requests');
}
const summary = (issues: Issue[]) => issues.map((i) => [i.code, i.severity, i.column, i.row]);

describe('the Requests sheet in Validate', () => {
  it('an open request with more than 7 days left gives no issue', () => {
    // Received 10 Nov → due Thursday 10 Dec: 15 days left.
    expect(issuesFor({})).toEqual([]);
  });

  it('a request past its deadline without an answer is an error', () => {
    // Received Tuesday 20 Oct → due Friday 20 Nov: 5 days late on 25 Nov.
    const issues = issuesFor({ received: '2026-10-20' });
    expect(summary(issues)).toEqual([['requestOverdue', 'error', 'answeredOn', 2]]);
    expect(issues[0]!.message).toBe(
      'The request had to be answered by 2026-11-20 (5 days past the deadline).',
    );
  });

  it('an answered request is never overdue', () => {
    expect(issuesFor({ received: '2026-10-20', answeredOn: '2026-11-19', outcome: 'Imødekommet' })).toEqual(
      [],
    );
  });

  it('a request due within 7 days is a warning', () => {
    // Received Friday 30 Oct → due Monday 30 Nov: 5 days left.
    const issues = issuesFor({ received: '2026-10-30' }, 'da');
    expect(summary(issues)).toEqual([['requestDueSoon', 'warning', 'answeredOn', 2]]);
    expect(issues[0]!.message).toBe('Anmodningen skal besvares senest 2026-11-30 (om 5 dage).');
  });

  it('an extension notified within the first month moves the deadline to three months', () => {
    // Received 25 Sep: 25 Oct is a Sunday, so the first month ends Monday 26 Oct; three months
    // end 25 Dec (juledag), 26 Dec (Saturday), 27 Dec → Monday 28 Dec.
    const extended = {
      received: '2026-09-25',
      extensionReason: 'Mange dokumenter',
      extensionNotified: '2026-10-26',
    };
    expect(issuesFor(extended)).toEqual([]);
  });

  it('an extension notified one day after the first month is an error, and the request is overdue', () => {
    const late = {
      received: '2026-09-25',
      extensionReason: 'Mange dokumenter',
      extensionNotified: '2026-10-27',
    };
    const issues = issuesFor(late);
    expect(summary(issues)).toEqual([
      ['requestExtensionWithoutNotice', 'error', 'extensionNotified', 2],
      ['requestOverdue', 'error', 'answeredOn', 2],
    ]);
    expect(issues[0]!.message).toContain('must be told by 2026-10-26');
  });

  it('an extension reason without a notice date is an error', () => {
    const issues = issuesFor({ extensionReason: 'Kompleks sag' });
    expect(summary(issues)).toEqual([['requestExtensionWithoutNotice', 'error', 'extensionNotified', 2]]);
  });

  it('a notice date without a reason is an error', () => {
    const issues = issuesFor({ extensionNotified: '2026-11-12' });
    expect(summary(issues)).toEqual([['requestExtensionWithoutReason', 'error', 'extensionReason', 2]]);
  });

  it.each([
    ['Jens Hansen', 'a full name'],
    ['jens@example.com', 'an email address'],
    ['010190-1234', 'a CPR number'],
  ])(
    "a reference that looks identifying (%s) is a warning, by the retention log's check",
    (reference, kind) => {
      const issues = issuesFor({ reference });
      expect(summary(issues)).toEqual([['identifyingRequestReference', 'warning', 'reference', 2]]);
      expect(issues[0]!.message).toBe(`The reference "${reference}" looks like ${kind}.`);
    },
  );

  it('a refusal without its Art. 12(4) reason is a warning', () => {
    const refused = { answeredOn: '2026-11-20', outcome: 'Afvist' };
    expect(summary(issuesFor(refused))).toEqual([
      ['requestRefusalReasonMissing', 'warning', 'refusalReason', 2],
    ]);
    expect(issuesFor({ ...refused, refusalReason: 'Andres rettigheder (art. 15(4))' })).toEqual([]);
  });

  it("an open erasure request names the Art. 17(3) exceptions its activity's legal bases point to", () => {
    // Lønadministration rests on a legal obligation, Art. 6(1)(c): point (b).
    const issues = issuesFor({ type: 'Sletning (art. 17)' });
    expect(summary(issues)).toEqual([['requestErasureExceptions', 'info', 'erasureExceptions', 2]]);
    expect(issues[0]!.message).toBe(
      'The activity "Lønadministration" has legal bases that may justify an exception to erasure: Legal obligation or public task (Art. 17(3)(b)).',
    );
  });

  it('names an activity by its stable id as well as by its name', () => {
    expect(issuesFor({ activities: 'a1' })).toEqual([]);
    expect(summary(issuesFor({ activities: 'Ukendt aktivitet' }))).toEqual([
      ['unknownReference', 'error', 'activities', 2],
    ]);
  });
});
