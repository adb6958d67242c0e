// The deadlines overview's Breaches tab: every open personal-data breach (the 72-hour clock of
// Art. 33(1) is running), the soonest deadline first, with the deadline in words on the
// register's wall clock (shared/breaches/describe.ts) and the hours left or past.

import { describeInstant, hoursLeftText } from '../../../shared/breaches/describe.ts';
import { catalogueLookup } from '../../../shared/i18n/format.ts';
import type { Lang } from '../../../shared/register/types.ts';
import type { BreachesOverview, BreachOverviewItem } from '../../views/breaches.ts';
import { byId, clear, h } from '../shared/dom.ts';

const words = {
  intro: {
    da: 'Et brud anmeldes til Datatilsynet senest 72 timer efter, at I fik kendskab til det, medmindre det er usandsynligt, at det medfører en risiko (art. 33, stk. 1). Alle brud dokumenteres (art. 33, stk. 5).',
    en: 'A breach is notified to Datatilsynet within 72 hours of becoming aware of it, unless it is unlikely to result in a risk (Art. 33(1)). Every breach is documented (Art. 33(5)).',
  },
  none: {
    da: 'Ingen åbne brud. {n|# brud|# brud} i loggen.',
    en: 'No open breaches. {n|# breach|# breaches} in the log.',
  },
  late: { da: '{n|# time|# timer} over fristen', en: '{n|# hour|# hours} overdue' },
  notifyBy: {
    da: 'Datatilsynet skal have besked senest {when}',
    en: 'Datatilsynet must be notified by {when}',
  },
  processor: {
    da: 'Underret den dataansvarlige uden unødig forsinkelse (art. 33, stk. 2)',
    en: 'Notify the controller without undue delay (Art. 33(2))',
  },
  notAssessed: { da: 'ikke vurderet', en: 'not assessed' },
  row: { da: 'række {row}', en: 'row {row}' },
};

const w = catalogueLookup<keyof typeof words>(words);

function badge(lang: Lang, item: BreachOverviewItem): HTMLElement {
  if (item.hoursLeft < 0)
    return h('span', { className: 'state overdue' }, w(lang, 'late', { n: -item.hoursLeft }));
  return h(
    'span',
    { className: `state ${item.hoursLeft < 24 ? 'dueSoon' : 'ok'}` },
    hoursLeftText(item.hoursLeft, lang),
  );
}

/** The Breaches tab: one card per open breach. */
export function renderBreachesTab(lang: Lang, breaches: BreachesOverview): void {
  const tab = byId('breaches-tab');
  clear(tab);
  tab.appendChild(h('p', { className: 'muted' }, w(lang, 'intro')));
  if (breaches.open.length === 0) {
    tab.appendChild(h('p', { className: 'empty' }, w(lang, 'none', { n: breaches.logged })));
    return;
  }
  for (const item of breaches.open) {
    const when =
      item.role === 'processor'
        ? w(lang, 'processor')
        : w(lang, 'notifyBy', { when: describeInstant(item.notifyBy, breaches.timeZone, lang) });
    tab.appendChild(
      h(
        'div',
        { className: 'item breach', 'data-breach': item.breachId },
        badge(lang, item),
        ` · ${item.reference} · ${item.risk || w(lang, 'notAssessed')}`,
        h(
          'span',
          { className: 'meta muted', style: 'display:block' },
          `${when} · ${w(lang, 'row', { row: item.sheetRow })}`,
        ),
      ),
    );
  }
}
