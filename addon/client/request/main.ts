// The new-request form: the request's facts, with its deadline worked out live by the shared
// clock (one month, Reg. 1182/71 counting, Danish public holidays; three months only with a
// reason notified within the first month), then saved as one row of the Requests sheet
// (server: getRequestFormModel, saveRequest).

import { addMonths, daysBetween } from '../../../shared/calendar/civilDate.ts';
import { longDateWithWeekday, WEEKDAY_NAMES } from '../../../shared/i18n/dateWords.ts';
import type { Lang } from '../../../shared/register/types.ts';
import { requestDeadline } from '../../../shared/requests/deadline.ts';
import { publicHolidayOn, weekday } from '../../../shared/requests/holidays.ts';
import type { RequestForm, RequestFormModel, SavedRequest } from '../../views/requests.ts';
import { byId, clear, h } from '../shared/dom.ts';
import {
  formField,
  loadFormModel,
  setStatus,
  submitForm,
  fieldValue as value,
  wireForm,
} from '../shared/form.ts';
import { applyTheme } from '../shared/theme.ts';
import { type RequestStringKey, t } from './strings.ts';

let lang: Lang = 'da';
let model: RequestFormModel;

/** "tirsdag 7. april 2026" / "Tuesday 7 April 2026". */
function longDate(iso: string): string {
  return longDateWithWeekday(iso, lang);
}

function field(
  id: string,
  label: RequestStringKey,
  input: HTMLElement,
  help?: RequestStringKey,
): HTMLElement {
  return formField(id, t(lang, label), input, help && t(lang, help));
}

function select(id: string, options: RequestFormModel['types']): HTMLSelectElement {
  return h(
    'select',
    { id, name: id },
    h('option', { value: '' }, t(lang, 'choose')),
    ...options.map((o) => h('option', { value: o.id }, o.label)),
  );
}

function buildForm(): void {
  const form = byId('form');
  clear(form);
  const activities = h('div', { className: 'checks', id: 'activities' });
  for (const a of model.activities)
    activities.appendChild(
      h('label', {}, h('input', { type: 'checkbox', name: 'activity', value: a.id }), ` ${a.label}`),
    );
  form.append(
    field(
      'reference',
      'reference',
      h('input', { id: 'reference', type: 'text', autocomplete: 'off' }),
      'referenceHelp',
    ),
    field('type', 'type', select('type', model.types)),
    field('received', 'received', h('input', { id: 'received', type: 'date', value: model.today })),
    field('channel', 'channel', select('channel', model.channels)),
    field('identityCheck', 'identityCheck', select('identityCheck', model.identityChecks)),
    field('identityCheckedOn', 'identityCheckedOn', h('input', { id: 'identityCheckedOn', type: 'date' })),
    field('activities', 'activities', activities),
    field('responsible', 'responsible', h('input', { id: 'responsible', type: 'email' })),
    field('extensionReason', 'extensionReason', h('textarea', { id: 'extensionReason', rows: 2 })),
    field('extensionNotified', 'extensionNotified', h('input', { id: 'extensionNotified', type: 'date' })),
  );
  form.addEventListener('input', showDeadline);
  form.addEventListener('change', showDeadline);
}

function readForm(): RequestForm {
  const checked = [...document.querySelectorAll<HTMLInputElement>('input[name="activity"]:checked')];
  return {
    reference: value('reference'),
    type: value('type'),
    received: value('received'),
    channel: value('channel'),
    identityCheck: value('identityCheck'),
    identityCheckedOn: value('identityCheckedOn'),
    activityIds: checked.map((c) => c.value),
    responsible: value('responsible'),
    extensionReason: value('extensionReason'),
    extensionNotified: value('extensionNotified'),
  };
}

/** Why the month's end moved: the date one month on was a weekend day or a public holiday. */
function movedBecause(received: string, firstMonthEnds: string): string | null {
  const plain = addMonths(received, 1);
  if (plain === firstMonthEnds) return null;
  const holiday = publicHolidayOn(plain);
  if (holiday) return t(lang, 'movedHoliday', { date: longDate(plain), name: holiday.name[lang] });
  return t(lang, 'movedWeekend', {
    date: longDate(plain),
    day: WEEKDAY_NAMES[lang][weekday(plain)],
  });
}

function showDeadline(): void {
  const form = readForm();
  const box = byId('deadline');
  clear(box);
  const d = requestDeadline({
    received: form.received || null,
    extensionReason: form.extensionReason,
    extensionNotified: form.extensionNotified || null,
  });
  box.className = `deadline${d?.extensionProblem ? ' problem' : ''}`;
  box.dataset.due = d?.due ?? '';
  if (!d) {
    box.appendChild(h('div', { className: 'why' }, t(lang, 'noDeadline')));
    return;
  }
  box.appendChild(
    h('div', { className: 'due' }, t(lang, d.extended ? 'dueExtended' : 'due', { date: longDate(d.due) })),
  );
  const moved = movedBecause(form.received, d.firstMonthEnds);
  if (moved) box.appendChild(h('div', { className: 'why' }, moved));
  const left = daysBetween(model.today, d.due);
  box.appendChild(
    h(
      'div',
      { className: 'left' },
      left >= 0 ? t(lang, 'daysLeft', { n: left }) : t(lang, 'daysLate', { n: -left }),
    ),
  );
  if (!d.extended)
    box.appendChild(
      h('div', { className: 'why' }, t(lang, 'noticeBy', { date: longDate(d.firstMonthEnds) })),
    );
  if (d.extensionProblem)
    box.appendChild(h('div', { className: 'why problem-text' }, t(lang, `problem_${d.extensionProblem}`)));
}

async function save(): Promise<void> {
  const saved = await submitForm<SavedRequest>('saveRequest', readForm(), t(lang, 'saving'));
  if (!saved) return;
  setStatus('ok', t(lang, 'saved', { row: saved.sheetRow, date: longDate(saved.due) }));
}

async function start(): Promise<void> {
  applyTheme(lang);
  const loaded = await loadFormModel<RequestFormModel>('getRequestFormModel', t(lang, 'loading'));
  if (!loaded) return;
  model = loaded;
  lang = model.lang;
  applyTheme(lang);
  wireForm(t(lang, 'title'), t(lang, 'save'), () => void save());
  buildForm();
  showDeadline();
  setStatus('', '');
}

void start();
