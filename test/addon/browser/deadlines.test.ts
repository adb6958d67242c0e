// The deadlines overview in Chromium: the retention overview gains a Requests tab listing the
// unanswered data-subject requests, soonest deadline first, and opening it writes the Requests
// sheet's due, status and Art. 17(3) columns. Today is Wednesday 25 November 2026; deadlines
// worked out by hand (1 November 2026 is a Sunday, 20 December a Sunday).

import { describe, expect, it } from 'vitest';
import { REQUESTS } from '../../../shared/register/schema.ts';
import type { DocumentRow } from '../../../shared/register/types.ts';
import { fakeRegister, PRACTICE, sheetRows } from '../features/fixtureRegister.ts';
import { practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

const REQUEST_ROWS: DocumentRow[] = [
  // Due Friday 20 November: 5 days overdue. Klientbehandling rests on 6(1)(c) and DBL § 7(3).
  {
    id: 'rq-1',
    reference: 'SAG-101',
    type: 'Sletning (art. 17)',
    received: '2026-10-20',
    activities: 'Klientbehandling',
  },
  // Due Monday 30 November: in 5 days.
  { id: 'rq-2', reference: 'SAG-102', type: 'Indsigt (art. 15)', received: '2026-10-30' },
  // 20 December is a Sunday: due Monday 21 December.
  { id: 'rq-3', reference: 'SAG-103', type: 'Indsigelse (art. 21)', received: '2026-11-20' },
  {
    id: 'rq-4',
    reference: 'SAG-104',
    type: 'Indsigt (art. 15)',
    received: '2026-10-01',
    answeredOn: '2026-10-15',
  },
];

function practiceWithRequests() {
  const header = REQUESTS.columns.map((c) => c.header.da);
  const grid = [header, ...REQUEST_ROWS.map((r) => REQUESTS.columns.map((c) => r[c.id] ?? ''))];
  return practiceAddon({
    spreadsheet: fakeRegister(PRACTICE, { extraSheets: { [REQUESTS.title.da]: grid } }),
  });
}

describe('the deadlines overview in Chromium', () => {
  it('has a Requests tab with the unanswered requests, soonest first, and writes their columns', {
    timeout: 60_000,
  }, async () => {
    const addon = practiceWithRequests();
    addon.ctx.openRetentionOverview();
    const sidebar = await openSidebar(addon, 'retention');
    const { page } = sidebar;
    page.setDefaultTimeout(8000);
    await page.waitForSelector('#tab-requests');
    expect(await page.locator('h1').textContent()).toBe('Overblik over frister');
    expect(await page.locator('#tab-requests').textContent()).toBe('Anmodninger (3)');
    // The retention tab is shown first, as before.
    expect(await page.locator('#requests-tab').isHidden()).toBe(true);
    expect(await page.locator('#retention-tab').isVisible()).toBe(true);

    await page.click('#tab-requests');
    await page.waitForSelector('#requests-tab .item.request');
    expect(await page.locator('#retention-tab').isHidden()).toBe(true);
    const cards = await page.locator('#requests-tab .item.request').allTextContents();
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain('5 dage over fristen · SAG-101 · Sletning (art. 17)');
    expect(cards[0]).toContain('svares senest 2026-11-20');
    expect(cards[0]).toContain(
      'Mulige undtagelser fra sletning: Retlig forpligtelse eller offentlig opgave (art. 17(3)(b)); Folkesundhed (art. 17(3)(c))',
    );
    expect(cards[1]).toContain('Frist om 5 dage · SAG-102');
    expect(cards[2]).toContain('Åben · SAG-103');
    expect(cards[2]).toContain('svares senest 2026-12-21');

    const written = sheetRows(addon.ss, 'requests').map((r) => [r.reference, r.status, r.erasureExceptions]);
    expect(written).toEqual([
      [
        'SAG-101',
        'Over fristen',
        'Retlig forpligtelse eller offentlig opgave (art. 17(3)(b)); Folkesundhed (art. 17(3)(c))',
      ],
      ['SAG-102', 'Frist snart', ''],
      ['SAG-103', 'Åben', ''],
      ['SAG-104', 'Besvaret', ''],
    ]);
    await sidebar.close();
  });
});
