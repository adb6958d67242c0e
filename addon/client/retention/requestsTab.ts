// The deadlines overview's tabs: "Sletning" (the retention overview, as before),
// "Anmodninger" (every unanswered data-subject request, soonest deadline first, with the
// Art. 17(3) exceptions of erasure requests) and "Brud" (breachesTab.ts). Own words here, so
// the retention page's catalogue stays as it is.

import { catalogueLookup } from '../../../shared/i18n/format.ts';
import type { Lang } from '../../../shared/register/types.ts';
import type { BreachesOverview } from '../../views/breaches.ts';
import type { RequestsOverview } from '../../views/requests.ts';
import { byId, clear, h } from '../shared/dom.ts';

const words = {
  deadlinesTitle: { da: 'Overblik over frister', en: 'Deadlines overview' },
  tabRetention: { da: 'Sletning', en: 'Deletion' },
  tabRequests: { da: 'Anmodninger ({n})', en: 'Requests ({n})' },
  tabBreaches: { da: 'Brud ({n})', en: 'Breaches ({n})' },
  requestsIntro: {
    da: 'Anmodninger fra registrerede skal besvares inden for en måned (art. 12(3)).',
    en: 'Data-subject requests must be answered within one month (Art. 12(3)).',
  },
  requestsNone: { da: 'Ingen ubesvarede anmodninger.', en: 'No unanswered requests.' },
  overdue: { da: '{n|# dag|# dage} over fristen', en: '{n|# day|# days} overdue' },
  dueSoon: { da: 'Frist om {n|# dag|# dage}', en: 'Due in {n|# day|# days}' },
  dueToday: { da: 'Frist i dag', en: 'Due today' },
  open: { da: 'Åben', en: 'Open' },
  dueOn: { da: 'svares senest {date}', en: 'answer by {date}' },
  extended: { da: '(forlænget)', en: '(extended)' },
  row: { da: 'række {row}', en: 'row {row}' },
  exceptions: { da: 'Mulige undtagelser fra sletning: {list}', en: 'Possible exceptions to erasure: {list}' },
};

const w = catalogueLookup<keyof typeof words>(words);

export type Tab = 'retention' | 'requests' | 'breaches';

/** The tab bar; `onSwitch` shows the chosen tab. The retention tab is the default. */
export function renderTabs(
  lang: Lang,
  requests: RequestsOverview,
  breaches: BreachesOverview | null,
  current: Tab,
  onSwitch: (tab: Tab) => void,
): void {
  const nav = byId('tabs');
  clear(nav);
  const open = requests.counts.overdue + requests.counts.dueSoon + requests.counts.open;
  const tab = (id: Tab, label: string) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        className: `tab${id === current ? ' active' : ''}`,
        'aria-selected': id === current ? 'true' : 'false',
        onclick: () => onSwitch(id),
      },
      label,
    );
  nav.append(tab('retention', w(lang, 'tabRetention')), tab('requests', w(lang, 'tabRequests', { n: open })));
  if (breaches) nav.append(tab('breaches', w(lang, 'tabBreaches', { n: breaches.open.length })));
  byId('retention-tab').hidden = current !== 'retention';
  byId('requests-tab').hidden = current !== 'requests';
  byId('breaches-tab').hidden = current !== 'breaches';
  byId('title').textContent = w(lang, 'deadlinesTitle');
}

function badge(lang: Lang, item: RequestsOverview['open'][number]): string {
  if (item.status === 'overdue') return w(lang, 'overdue', { n: -item.daysLeft });
  if (item.status === 'dueSoon')
    return item.daysLeft === 0 ? w(lang, 'dueToday') : w(lang, 'dueSoon', { n: item.daysLeft });
  return w(lang, 'open');
}

/** The Requests tab: one card per unanswered request. */
export function renderRequestsTab(lang: Lang, requests: RequestsOverview): void {
  const tab = byId('requests-tab');
  clear(tab);
  tab.appendChild(h('p', { className: 'muted' }, w(lang, 'requestsIntro')));
  if (requests.open.length === 0) {
    tab.appendChild(h('p', { className: 'empty' }, w(lang, 'requestsNone')));
    return;
  }
  for (const item of requests.open) {
    tab.appendChild(
      h(
        'div',
        { className: 'item request', 'data-request': item.requestId },
        h('span', { className: `state ${item.status}` }, badge(lang, item)),
        ` · ${item.reference} · ${item.type}`,
        h(
          'span',
          { className: 'meta muted', style: 'display:block' },
          `${w(lang, 'dueOn', { date: item.due })}${item.extended ? ` ${w(lang, 'extended')}` : ''} · ${w(lang, 'row', { row: item.sheetRow })}`,
        ),
        item.exceptions.length > 0
          ? h(
              'span',
              { className: 'meta exceptions', style: 'display:block' },
              w(lang, 'exceptions', { list: item.exceptions.join('; ') }),
            )
          : null,
      ),
    );
  }
}
