// The activity form: one processing activity with its data-subject groups, their data
// categories, recipients, third countries and retention. Validation runs live in the page
// (the shared validator on a small document holding just this activity); Save writes exactly
// this activity's rows (server: getActivityFormModel, saveActivity).

import type { Lang } from '../../../shared/register/types.ts';
import type {
  ActivityForm,
  ActivityFormGroup,
  ActivityFormModel,
  FieldSpec,
  FormValue,
  SavedActivity,
} from '../../views/activityForm.ts';
import { byId, clear, h } from '../shared/dom.ts';
import { multiSelect } from '../shared/multiSelect.ts';
import { callServer } from '../shared/serverCall.ts';
import { type StringKey, t } from '../shared/strings.ts';
import { applyTheme } from '../shared/theme.ts';
import { checkForm, type LiveFinding, retentionHint } from './liveCheck.ts';

let lang: Lang = 'da';
let model: ActivityFormModel;
let form: ActivityForm;
let checkTimer: ReturnType<typeof setTimeout> | undefined;

/** Which section each activity column sits in; a column the schema gains later lands in "More". */
const SECTIONS: { key: StringKey; columns: string[] }[] = [
  { key: 'sectionBasics', columns: ['name', 'purpose', 'owner', 'dataSource'] },
  { key: 'sectionGroups', columns: [] },
  {
    key: 'sectionLegal',
    columns: [
      'legalBases',
      'art9Conditions',
      'art10Basis',
      'cprBasis',
      'consentRecord',
      'legitimateInterestAssessment',
      'automatedDecisions',
      'dpiaStatus',
    ],
  },
  { key: 'sectionRetention', columns: ['retention', 'deletionRoutine', 'routineCadence', 'routineLastRun'] },
  { key: 'sectionSystems', columns: ['systems', 'securityMeasures'] },
  { key: 'sectionMore', columns: [] },
];

function setStatus(kind: 'ok' | 'error' | 'info' | '', text: string): void {
  const el = byId('status');
  el.className = `status ${kind}`;
  el.textContent = text;
}

function fieldKey(scope: string, column: string): string {
  return `${scope}:${column}`;
}

function control(spec: FieldSpec, key: string, values: Record<string, FormValue>): HTMLElement {
  const id = key.replace(/[^a-zA-Z0-9_-]/g, '_');
  const value = values[spec.id];
  const onChange = (v: FormValue) => {
    values[spec.id] = v;
    if (spec.kind === 'retention') updateRetentionHint(key, String(v));
    scheduleCheck();
  };
  switch (spec.kind) {
    case 'multi':
      return multiSelect({
        id,
        options: model.options[spec.options ?? ''] ?? [],
        values: Array.isArray(value) ? value : value ? [String(value)] : [],
        allowCustom: !!spec.allowCustom,
        single: spec.single === true,
        lang,
        onChange: (vs) => onChange(vs),
      });
    case 'select': {
      const select = h('select', { id, name: key }, h('option', { value: '' }, t(lang, 'choose')));
      const options = model.options[spec.options ?? ''] ?? [];
      for (const o of options) select.appendChild(h('option', { value: o.value }, o.label));
      const current = String(value ?? '');
      if (current && !options.some((o) => o.value === current))
        select.appendChild(h('option', { value: current }, current));
      select.value = current;
      select.addEventListener('change', () => onChange(select.value));
      return select;
    }
    case 'boolean': {
      const box = h('input', { type: 'checkbox', id, name: key });
      box.checked = value === true;
      box.addEventListener('change', () => onChange(box.checked));
      return h('span', { className: 'checkbox' }, box, t(lang, 'yes'));
    }
    case 'longText': {
      const area = h('textarea', { id, name: key, rows: 2 });
      area.value = String(value ?? '');
      area.addEventListener('input', () => onChange(area.value));
      return area;
    }
    default: {
      const type = spec.kind === 'email' ? 'email' : spec.kind === 'date' ? 'date' : 'text';
      const input = h('input', { type, id, name: key });
      input.value = String(value ?? '');
      input.addEventListener('input', () => onChange(input.value));
      return input;
    }
  }
}

function fieldBlock(
  spec: FieldSpec,
  scope: string,
  values: Record<string, FormValue>,
  labelOverride?: string,
): HTMLElement {
  const key = fieldKey(scope, spec.id);
  const id = key.replace(/[^a-zA-Z0-9_-]/g, '_');
  const block = h(
    'div',
    { className: 'field', 'data-key': key },
    h(
      'label',
      { for: id },
      labelOverride ?? spec.label,
      spec.required ? h('span', { className: 'req' }, ' *') : null,
    ),
    control(spec, key, values),
  );
  if (spec.kind === 'retention') {
    block.appendChild(h('div', { className: 'retention-hint', 'data-hint-for': key }));
  }
  block.appendChild(h('div', { className: 'field-messages', 'data-messages-for': key }));
  if (spec.kind === 'retention' && scope !== 'a') {
    block.appendChild(h('div', { className: 'note' }, t(lang, 'groupInheritsRetention')));
  }
  return block;
}

function updateRetentionHint(key: string, text: string): void {
  const el = document.querySelector<HTMLElement>(`[data-hint-for="${CSS.escape(key)}"]`);
  if (!el) return;
  const hint = retentionHint(text, lang);
  el.className = `retention-hint ${hint ? (hint.understood ? 'understood' : 'not-understood') : ''}`;
  el.textContent = hint
    ? hint.understood
      ? t(lang, 'retentionUnderstood', { text: hint.text })
      : hint.text || t(lang, 'retentionNotUnderstood')
    : '';
}

function emptyGroup(): ActivityFormGroup {
  const values: Record<string, FormValue> = {};
  for (const f of model.groupFields)
    values[f.id] = f.kind === 'multi' ? [] : f.kind === 'boolean' ? false : '';
  return { id: null, values };
}

function renderGroups(container: HTMLElement): void {
  clear(container);
  form.groups.forEach((group, n) => {
    const card = h(
      'div',
      { className: 'group-card', 'data-group': n },
      h(
        'header',
        {},
        t(lang, 'groupHeading', { n: n + 1 }),
        h(
          'button',
          {
            type: 'button',
            className: 'link remove-group',
            onclick: () => {
              form.groups.splice(n, 1);
              renderGroups(container);
              scheduleCheck();
            },
          },
          t(lang, 'groupRemove'),
        ),
      ),
    );
    for (const spec of model.groupFields) card.appendChild(fieldBlock(spec, `g${n}`, group.values));
    container.appendChild(card);
  });
  container.appendChild(
    h(
      'button',
      {
        type: 'button',
        className: 'secondary add-group',
        onclick: () => {
          form.groups.push(emptyGroup());
          renderGroups(container);
          scheduleCheck();
        },
      },
      t(lang, 'groupAdd'),
    ),
  );
  for (const [n, group] of form.groups.entries()) {
    const retention = model.groupFields.find((f) => f.kind === 'retention');
    if (retention)
      updateRetentionHint(fieldKey(`g${n}`, retention.id), String(group.values[retention.id] ?? ''));
  }
}

function renderPicker(): void {
  const picker = byId('picker');
  clear(picker);
  if (model.activities.length === 0) return;
  const select = h(
    'select',
    { id: 'activityPicker', 'aria-label': t(lang, 'activityPick') },
    h('option', { value: '' }, t(lang, 'activityPickNew')),
  );
  for (const a of model.activities) select.appendChild(h('option', { value: a.id }, a.name));
  select.value = form.id ?? '';
  select.addEventListener('change', () => void load(select.value || null));
  picker.appendChild(h('label', { for: 'activityPicker' }, t(lang, 'activityPick')));
  picker.appendChild(select);
}

function render(): void {
  lang = model.lang;
  applyTheme(lang);
  byId('title').textContent = t(lang, form.id ? 'activityTitleEdit' : 'activityTitleNew');
  renderPicker();
  const root = byId<HTMLFormElement>('form');
  clear(root);
  const placed = new Set(SECTIONS.flatMap((s) => s.columns));
  for (const section of SECTIONS) {
    const fs = h('fieldset', { 'data-section': section.key }, h('legend', {}, t(lang, section.key)));
    if (section.key === 'sectionGroups') {
      const groups = h('div', { id: 'groups' });
      fs.appendChild(groups);
      root.appendChild(fs);
      renderGroups(groups);
      continue;
    }
    const specs =
      section.key === 'sectionMore'
        ? model.activityFields.filter((f) => !placed.has(f.id))
        : section.columns
            .map((c) => model.activityFields.find((f) => f.id === c))
            .filter((f): f is FieldSpec => !!f);
    for (const spec of specs) fs.appendChild(fieldBlock(spec, 'a', form.values));
    if (specs.length > 0) root.appendChild(fs);
  }
  root.appendChild(h('ul', { className: 'findings', id: 'findings', 'aria-label': t(lang, 'liveFindings') }));
  const save = h('button', { type: 'submit', className: 'action', id: 'save' }, t(lang, 'save'));
  root.appendChild(h('div', { className: 'actions' }, save));
  root.onsubmit = (e) => {
    e.preventDefault();
    void submit(save);
  };
  const retention = model.activityFields.find((f) => f.kind === 'retention');
  if (retention) updateRetentionHint(fieldKey('a', retention.id), String(form.values[retention.id] ?? ''));
  runCheck();
}

function scheduleCheck(): void {
  if (checkTimer) clearTimeout(checkTimer);
  checkTimer = setTimeout(runCheck, 250);
}

function showFindings(findings: LiveFinding[]): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-messages-for]')) clear(el);
  const list = document.getElementById('findings');
  if (list) clear(list);
  for (const f of findings) {
    const target = f.key
      ? document.querySelector<HTMLElement>(`[data-messages-for="${CSS.escape(f.key)}"]`)
      : null;
    if (target) {
      target.appendChild(
        h('div', { className: `field-message ${f.severity}`, 'data-code': f.code }, f.message),
      );
    } else if (list) {
      list.appendChild(
        h('li', { className: f.severity, 'data-code': f.code }, f.message, f.hint ? ` ${f.hint}` : ''),
      );
    }
  }
}

function runCheck(): void {
  showFindings(checkForm(model, form, lang));
}

async function submit(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  setStatus('info', t(lang, 'saving'));
  const result = await callServer<SavedActivity>('saveActivity', form);
  button.disabled = false;
  if (!result.ok) {
    setStatus('error', result.message);
    return;
  }
  model = result.value.model;
  form = model.form;
  render();
  const count = result.value.issues.length;
  setStatus('ok', count === 0 ? t(lang, 'savedClean') : t(lang, 'saved', { count }));
}

/** `undefined` asks for the activity under the cursor in the sheet (or a new one); null for a new one. */
async function load(activityId: string | null | undefined): Promise<void> {
  applyTheme(lang);
  setStatus('info', t(lang, 'loading'));
  const args = activityId === undefined ? [] : [activityId];
  const result = await callServer<ActivityFormModel>('getActivityFormModel', ...args);
  if (!result.ok) {
    setStatus('error', result.message);
    return;
  }
  setStatus('', '');
  model = result.value;
  form = model.form;
  render();
}

void load(undefined);
