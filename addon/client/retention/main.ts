// The deadlines overview's retention tab (the Requests tab is requestsTab.ts, the Breaches tab breachesTab.ts): counts by
// status, the overdue and due-soon entries of the retention log with "Mark deleted" (into the
// deletion log) and "Extend with reason", the minimum periods that have run (may now be
// deleted: delete, or keep with a reason and a new review date), and the deletion routines that
// need doing (server: getRetentionOverview, markDeleted, extendHolding).

import type { Lang } from '../../../shared/register/types.ts';
import type { BreachesOverview } from '../../views/breaches.ts';
import type { DeadlinesOverview, RequestsOverview } from '../../views/requests.ts';
import type { RetentionChange, RetentionItem, RetentionOverview, StatusWord } from '../../views/retention.ts';
import { byId, clear, h } from '../shared/dom.ts';
import { callServer } from '../shared/serverCall.ts';
import { type StringKey, t } from '../shared/strings.ts';
import { applyTheme } from '../shared/theme.ts';
import { renderBreachesTab } from './breachesTab.ts';
import { renderRequestsTab, renderTabs, type Tab } from './requestsTab.ts';

let lang: Lang = 'da';
let overview: RetentionOverview;
const chosen = new Set<string>();
let askName = false;
let workerStatus: RetentionOverview['workerStatus'] = null;
let requests: RequestsOverview | null = null;
let breaches: BreachesOverview | null = null;
let tab: Tab = 'retention';

const TILES: { word: StatusWord | 'manualAll' | 'decide'; key: StringKey }[] = [
  { word: 'overdue', key: 'countOverdue' },
  { word: 'dueSoon', key: 'countDueSoon' },
  { word: 'decide', key: 'countDecide' },
  { word: 'ok', key: 'countOk' },
  { word: 'manualAll', key: 'countManual' },
  { word: 'legalHold', key: 'countLegalHold' },
  { word: 'deleted', key: 'countDeleted' },
];

function setStatus(kind: 'ok' | 'error' | 'info' | '', text: string): void {
  const el = byId('status');
  el.className = `status ${kind}`;
  el.textContent = text;
}

/**
 * The slot for the worker's reminder status, next to the counts. The sync feature fills
 * `overview.workerStatus` on the server; until then the slot stays hidden.
 */
function renderWorkerStatus(status: RetentionOverview['workerStatus']): void {
  const slot = byId('worker-status-slot');
  clear(slot);
  slot.hidden = status === null;
  if (status === null) return;
  slot.appendChild(h('h2', {}, t(lang, 'workerStatusHeading')));
  for (const [key, value] of Object.entries(status))
    slot.appendChild(h('div', { className: 'muted' }, `${key}: ${String(value)}`));
}

function renderCounts(): void {
  const counts = byId('counts');
  clear(counts);
  for (const tile of TILES) {
    const n =
      tile.word === 'manualAll'
        ? overview.counts.manual + overview.counts.missingDate
        : tile.word === 'decide'
          ? overview.counts.mayDelete + overview.counts.floorReview
          : overview.counts[tile.word] +
            (tile.word === 'ok' ? overview.counts.extended + overview.counts.floor : 0);
    counts.appendChild(
      h(
        'div',
        { className: `tile ${tile.word}`, 'data-count': tile.word },
        h('span', { className: 'n' }, n),
        h('span', { className: 'w' }, t(lang, tile.key)),
      ),
    );
  }
}

/** A minimum period's item: deciding to keep it is an extension to the next review date. */
function isFloor(item: RetentionItem): boolean {
  return item.status === 'mayDelete' || item.status === 'floorReview';
}

function extendForm(item: RetentionItem): HTMLElement {
  const until = h('input', { type: 'date', id: `until-${item.holdingId}`, min: overview.today });
  const reason = h('textarea', { id: `reason-${item.holdingId}`, rows: 2 });
  const save = h('button', { type: 'button', className: 'secondary' }, t(lang, 'extendSave'));
  const box = h(
    'div',
    { className: 'extend-form', hidden: true },
    h('label', { for: until.id }, t(lang, isFloor(item) ? 'keepUntil' : 'extendUntil')),
    until,
    h('label', { for: reason.id }, t(lang, 'extendReason')),
    reason,
    h('div', { className: 'buttons' }, save),
  );
  save.addEventListener('click', async () => {
    save.disabled = true;
    const result = await callServer<RetentionChange>(
      'extendHolding',
      item.holdingId,
      until.value,
      reason.value,
    );
    save.disabled = false;
    if (!result.ok) {
      setStatus('error', result.message);
      return;
    }
    overview = result.value.overview;
    render();
    setStatus('ok', t(lang, 'extended', { date: until.value }));
  });
  return box;
}

function itemCard(item: RetentionItem): HTMLElement {
  const box = h('input', { type: 'checkbox', 'aria-label': item.reference, 'data-holding': item.holdingId });
  box.checked = chosen.has(item.holdingId);
  box.addEventListener('change', () => {
    if (box.checked) chosen.add(item.holdingId);
    else chosen.delete(item.holdingId);
    updateBulkButton();
  });
  const form = extendForm(item);
  const group = item.subjectGroup ? ` · ${item.subjectGroup}` : '';
  const when = isFloor(item)
    ? t(lang, 'mayDeleteFromOn', { date: item.mayDeleteFrom ?? '' })
    : t(lang, 'dueOn', { date: item.due ?? '' });
  return h(
    'div',
    { className: `item ${item.status}`, 'data-holding': item.holdingId },
    h(
      'div',
      { className: 'head' },
      box,
      h(
        'div',
        {},
        h('span', { className: 'ref' }, item.reference),
        ' ',
        item.status === 'overdue'
          ? h('span', { className: 'late' }, t(lang, 'daysOverdue', { days: item.daysOverdue }))
          : null,
        item.status === 'floorReview' ? h('span', { className: 'late' }, item.statusText) : null,
        h('span', { className: 'meta' }, `${item.activity}${group} · ${when}`),
        item.ruleText ? h('span', { className: 'rule' }, item.ruleText) : null,
        h(
          'div',
          { className: 'buttons' },
          h(
            'button',
            { type: 'button', className: 'link', onclick: () => (form.hidden = !form.hidden) },
            t(lang, isFloor(item) ? 'keepWithReason' : 'extend'),
          ),
        ),
        form,
      ),
    ),
  );
}

function updateBulkButton(): void {
  const button = document.getElementById('mark-deleted') as HTMLButtonElement | null;
  if (!button) return;
  button.disabled = chosen.size === 0;
  button.textContent =
    chosen.size > 0 ? t(lang, 'markDeletedCount', { count: chosen.size }) : t(lang, 'markDeleted');
}

function bulkPanel(): HTMLElement {
  const date = h('input', { type: 'date', id: 'deleted-on', max: overview.today });
  date.value = overview.today;
  const method = h('select', { id: 'method' });
  for (const m of overview.methods) method.appendChild(h('option', { value: m.value }, m.label));
  const name = h('input', { type: 'text', id: 'deleter-name', autocomplete: 'name' });
  const nameBlock = h(
    'div',
    { hidden: !askName },
    h('label', { for: 'deleter-name' }, t(lang, 'deleterNameLabel')),
    name,
  );
  const button = h(
    'button',
    { type: 'button', className: 'action', id: 'mark-deleted' },
    t(lang, 'markDeleted'),
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    const options: Record<string, string> = { method: method.value, deletedOn: date.value };
    if (name.value.trim()) options.deletedByName = name.value.trim();
    const result = await callServer<RetentionChange>('markDeleted', [...chosen], options);
    if (!result.ok) {
      if (result.code === 'deleterNameRequired') {
        askName = true;
        nameBlock.hidden = false;
        name.focus();
      }
      setStatus('error', result.message);
      updateBulkButton();
      return;
    }
    const count = chosen.size;
    chosen.clear();
    askName = false;
    overview = result.value.overview;
    render();
    setStatus('ok', t(lang, 'markedDeleted', { count }));
  });
  return h(
    'div',
    { className: 'bulk' },
    h(
      'div',
      { className: 'row' },
      h('div', {}, h('label', { for: 'deleted-on' }, t(lang, 'deletedOnLabel')), date),
      h('div', {}, h('label', { for: 'method' }, t(lang, 'methodLabel')), method),
    ),
    nameBlock,
    h('div', { className: 'buttons', style: 'margin-top:8px' }, button),
  );
}

function itemList(key: StringKey, items: RetentionItem[], id: 'overdue' | 'dueSoon' | 'decide'): HTMLElement {
  return h(
    'section',
    { id },
    h('h2', {}, t(lang, key), ' ', h('span', { className: `badge ${id}` }, items.length)),
    ...(items.length > 0 ? items.map(itemCard) : [h('p', { className: 'muted' }, t(lang, 'listEmpty'))]),
  );
}

function render(): void {
  lang = overview.lang;
  applyTheme(lang);
  byId('title').textContent = t(lang, 'retentionTitle');
  byId('today').textContent = t(lang, 'retentionToday', {
    today: overview.today,
    days: overview.dueSoonDays,
  });
  renderCounts();
  // Changes (mark deleted, extend) answer without the worker's status: keep the last one shown.
  if (overview.workerStatus) workerStatus = overview.workerStatus;
  renderWorkerStatus(workerStatus);
  const lists = byId('lists');
  clear(lists);
  const listed = [...overview.overdue, ...overview.dueSoon, ...overview.decide];
  for (const id of [...chosen]) {
    if (!listed.some((i) => i.holdingId === id)) chosen.delete(id);
  }
  if (listed.length > 0) lists.appendChild(bulkPanel());
  lists.appendChild(itemList('listOverdue', overview.overdue, 'overdue'));
  lists.appendChild(itemList('listDueSoon', overview.dueSoon, 'dueSoon'));
  // Minimum periods appear only when there is a decision to take.
  if (overview.decide.length > 0) lists.appendChild(itemList('listDecide', overview.decide, 'decide'));
  if (overview.routines.length > 0) {
    lists.appendChild(
      h(
        'section',
        { id: 'routines' },
        h('h2', {}, t(lang, 'listRoutines')),
        ...overview.routines.map((r) =>
          h(
            'div',
            { className: 'routine' },
            h('span', { className: `state ${r.status}` }, r.statusText),
            ` · ${r.activity}`,
            r.due ? ` · ${t(lang, 'dueOn', { date: r.due })}` : '',
            r.routine ? h('span', { className: 'meta muted', style: 'display:block' }, r.routine) : null,
          ),
        ),
      ),
    );
  }
  updateBulkButton();
  // Changes answer without the requests: keep the last ones shown.
  const deadlines = overview as Partial<DeadlinesOverview>;
  if (deadlines.requests) requests = deadlines.requests;
  if (deadlines.breaches) breaches = deadlines.breaches;
  if (requests) {
    renderTabs(lang, requests, breaches, tab, (next) => {
      tab = next;
      render();
    });
    renderRequestsTab(lang, requests);
  }
  if (breaches) renderBreachesTab(lang, breaches);
}

async function load(): Promise<void> {
  applyTheme(lang);
  setStatus('info', t(lang, 'loading'));
  const result = await callServer<RetentionOverview>('getRetentionOverview');
  if (!result.ok) {
    setStatus('error', result.message);
    return;
  }
  setStatus('', '');
  overview = result.value;
  render();
}

void load();
