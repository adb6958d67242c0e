// The new-breach form: the breach's facts, with the 72-hour clock of Art. 33(1) shown live as
// they are typed ("Datatilsynet must be notified by Friday 27 November 2026 at 14:32", with the
// hours left, ticking), then saved as one row of the Breaches sheet and sent to the worker at
// once (server: getBreachFormModel, saveBreach).

import { notifyBy } from '../../../shared/breaches/clock.ts';
import { hoursLeftText, notifyByText } from '../../../shared/breaches/describe.ts';
import type { Lang } from '../../../shared/register/types.ts';
import {
  type BreachForm,
  type BreachFormModel,
  formInstant,
  type SavedBreach,
} from '../../views/breaches.ts';
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
import { type BreachStringKey, t } from './strings.ts';

const HOUR = 3_600_000;
/** How often the hours left are counted again while the form is open. */
const TICK_MS = 30_000;

let lang: Lang = 'da';
let model: BreachFormModel;
/** The server's now, carried forward by this page's clock (the page may stay open for hours). */
let loadedAt = 0;
const now = () => model.now + (Date.now() - loadedAt);

function field(id: string, label: BreachStringKey, input: HTMLElement, help?: BreachStringKey): HTMLElement {
  return formField(id, t(lang, label), input, help && t(lang, help));
}

function select(
  id: string,
  options: BreachFormModel['risks'],
  empty: BreachStringKey | null,
): HTMLSelectElement {
  return h(
    'select',
    { id, name: id },
    empty ? h('option', { value: '' }, t(lang, empty)) : null,
    ...options.map((o) => h('option', { value: o.id }, o.label)),
  );
}

function buildForm(): void {
  const form = byId('form');
  clear(form);
  form.append(
    field(
      'reference',
      'reference',
      h('input', { id: 'reference', type: 'text', autocomplete: 'off' }),
      'referenceHelp',
    ),
    field(
      'awareAt',
      'awareAt',
      h('input', { id: 'awareAt', type: 'datetime-local', value: model.nowLocal }),
      'awareAtHelp',
    ),
    field('startedAt', 'startedAt', h('input', { id: 'startedAt', type: 'datetime-local' })),
    field('description', 'description', h('textarea', { id: 'description', rows: 3 }), 'descriptionHelp'),
    field('approxSubjects', 'approxSubjects', h('input', { id: 'approxSubjects', type: 'number', min: 0 })),
    field('role', 'role', select('role', model.roles, null)),
    field('risk', 'risk', select('risk', model.risks, 'notAssessed')),
    field('riskReasoning', 'riskReasoning', h('textarea', { id: 'riskReasoning', rows: 2 })),
    field('responsible', 'responsible', h('input', { id: 'responsible', type: 'email' }), 'responsibleHelp'),
  );
  form.addEventListener('input', showClock);
  form.addEventListener('change', showClock);
}

function readForm(): BreachForm {
  return {
    reference: value('reference'),
    startedAt: value('startedAt'),
    awareAt: value('awareAt'),
    description: value('description'),
    approxSubjects: value('approxSubjects'),
    role: value('role'),
    risk: value('risk'),
    riskReasoning: value('riskReasoning'),
    responsible: value('responsible'),
  };
}

/** The hours left until `by`, or how long ago it passed. */
function hoursLine(by: number): HTMLElement {
  const left = by - now();
  if (left < 0)
    return h(
      'div',
      { className: 'left problem-text' },
      t(lang, 'hoursLate', { n: Math.floor(-left / HOUR) }),
    );
  const hours = Math.floor(left / HOUR);
  return h('div', { className: 'left' }, hoursLeftText(hours, lang));
}

/** The clock for the facts as typed: whom to notify, by when, and how long is left. */
function showClock(): void {
  const form = readForm();
  const box = byId('deadline');
  clear(box);
  const aware = formInstant(form.awareAt, model.timeZone);
  box.dataset.notifyBy = '';
  box.className = 'deadline';
  if (aware === null) {
    box.appendChild(h('div', { className: 'why' }, t(lang, 'noClock')));
    return;
  }
  if (form.role === 'processor') box.appendChild(h('div', { className: 'due' }, t(lang, 'processor')));
  else if (form.risk === 'noRisk') box.appendChild(h('div', { className: 'due' }, t(lang, 'noRisk')));
  else {
    const by = notifyBy(aware);
    box.dataset.notifyBy = String(by);
    if (by < now()) box.className = 'deadline problem';
    box.append(h('div', { className: 'due' }, notifyByText(aware, model.timeZone)[lang]), hoursLine(by));
  }
  if (form.risk === 'highRisk' && form.role !== 'processor')
    box.appendChild(h('div', { className: 'why' }, t(lang, 'highRisk')));
}

async function save(): Promise<void> {
  const saved = await submitForm<SavedBreach>('saveBreach', readForm(), t(lang, 'saving'));
  if (!saved) return;
  setStatus(
    saved.synced ? 'ok' : 'info',
    `${t(lang, 'saved', { row: saved.sheetRow })} ${t(lang, saved.synced ? 'synced' : 'notSynced')}`,
  );
}

async function start(): Promise<void> {
  applyTheme(lang);
  const loaded = await loadFormModel<BreachFormModel>('getBreachFormModel', t(lang, 'loading'));
  if (!loaded) return;
  model = loaded;
  loadedAt = Date.now();
  lang = model.lang;
  applyTheme(lang);
  wireForm(t(lang, 'title'), t(lang, 'save'), () => void save());
  buildForm();
  showClock();
  setInterval(showClock, TICK_MS);
  setStatus('', '');
}

void start();
