// The Settings & sync sidebar: enrol with the worker (URL under the build's origin and the
// enrolment token), sync now, the worker's numbers and last run, each address's state (waiting,
// confirmed, unsubscribed, failing: only confirmed ones get reminders), the next nightly run,
// and rotate the key, disconnect (server: getSyncSettings, enrolRegister, syncNow,
// refreshWorkerStatus, rotateRegisterKey, disconnectRegister, exportSyncKey). The register key
// reaches this page only through "Export key for scheduled sync", after the user confirms, and
// is shown once (never kept in `view`).

import type { MessageParams } from '../../../shared/i18n/format.ts';
import type { Lang } from '../../../shared/register/types.ts';
import type { SyncAction, SyncSettingsView } from '../../views/sync.ts';
import { byId, clear, h } from '../shared/dom.ts';
import { callServer } from '../shared/serverCall.ts';
import { applyTheme } from '../shared/theme.ts';
import { type SettingsKey, s } from './strings.ts';

let lang: Lang = 'da';
let view: SyncSettingsView | null = null;
let busy = false;

const t = (key: SettingsKey, params?: MessageParams) => s(lang, key, params);

function setMessage(kind: 'ok' | 'error' | 'info' | '', text: string, lines: string[] = []): void {
  const el = byId('message');
  el.className = `status ${kind}`;
  el.textContent = text;
  const list = byId('lines');
  clear(list);
  for (const line of lines) list.appendChild(h('li', {}, line));
}

function fact(label: string, value: string | number | null): Node[] {
  return [h('dt', {}, label), h('dd', {}, value === null ? t('never') : String(value))];
}

function button(label: string, className: string, onClick: () => void, id: string): HTMLButtonElement {
  const b = h('button', { className, id, type: 'button' }, label);
  b.addEventListener('click', onClick);
  b.disabled = busy;
  return b;
}

type Reply =
  | { ok: true; value: SyncAction }
  | { ok: false; code: string; message: string; lines?: string[]; view?: SyncSettingsView | null };

async function act(name: string, ...args: unknown[]): Promise<void> {
  if (busy) return;
  busy = true;
  render();
  setMessage('info', t('working'));
  const result = (await callServer<SyncAction>(name, ...args)) as Reply;
  busy = false;
  if (result.ok) {
    view = result.value.view;
    render();
    setMessage(result.value.message ? 'ok' : '', result.value.message);
  } else {
    if (result.view) view = result.view;
    render();
    setMessage('error', result.message, result.lines ?? []);
  }
}

function enrolForm(v: SyncSettingsView): HTMLElement {
  const url = h('input', { type: 'text', id: 'worker-url', value: v.workerUrl, spellcheck: 'false' });
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off' });
  return h(
    'section',
    { id: 'enrol' },
    h('p', { className: 'muted' }, t('intro')),
    h('label', { for: 'worker-url' }, t('workerUrl')),
    url,
    h('div', { className: 'muted' }, t('workerUrlHelp', { origin: v.origin })),
    h('label', { for: 'token' }, t('token')),
    token,
    h('div', { className: 'muted' }, t('tokenHelp')),
    h(
      'div',
      { className: 'buttons' },
      button(t('enrol'), 'action', () => void act('enrolRegister', url.value, token.value), 'enrol-button'),
    ),
  );
}

function connected(v: SyncSettingsView): HTMLElement {
  const facts = h(
    'dl',
    { className: 'facts', id: 'facts' },
    ...fact(t('connectedTo'), v.workerUrl),
    ...fact(t('registerId'), v.registerId),
    ...fact(t('lastSync'), v.lastSyncAt),
    ...fact(
      t('autoSync'),
      v.autoSync ? (v.autoSyncBy ? t('autoOnBy', { user: v.autoSyncBy }) : t('autoOn')) : t('autoOff'),
    ),
    ...fact(t('nextRun'), v.nextRun),
  );
  const status = v.status;
  const numbers = status
    ? h(
        'section',
        { id: 'server-status' },
        h('h2', {}, t('serverCounts')),
        h(
          'div',
          { className: 'counts' },
          h('span', { className: 'badge overdue', 'data-count': 'overdue' }, status.overdue),
          ` ${t('overdue')} · `,
          h('span', { className: 'badge dueSoon', 'data-count': 'dueSoon' }, status.dueSoon),
          ` ${t('dueSoon')}`,
        ),
        ...status.activities
          .filter((a) => a.overdue + a.dueSoon > 0)
          .map((a) => h('div', { className: 'activity' }, `${a.name}: ${a.overdue} · ${a.dueSoon}`)),
        h(
          'dl',
          { className: 'facts' },
          ...fact(
            t('lastRun'),
            status.lastRun
              ? t('lastRunValue', {
                  date: status.lastRun.date,
                  sent: status.lastRun.remindersSent,
                  failed: status.lastRun.remindersFailed,
                })
              : null,
          ),
          ...(status.lastRun && status.lastRun.failedAddresses.length > 0
            ? fact(t('failedAddresses'), status.lastRun.failedAddresses.join(', '))
            : []),
          ...(status.lastRun?.cutShort ? fact(t('lastRun'), t('runCutShort')) : []),
          ...fact(t('statusAt'), v.statusAt),
        ),
      )
    : null;
  const recipients =
    v.recipients.length > 0
      ? h(
          'section',
          { id: 'recipients' },
          h('h2', {}, t('recipients')),
          h('p', { className: 'muted' }, t('recipientsHelp')),
          h(
            'ul',
            { className: 'recipients' },
            ...v.recipients.map((r) =>
              h(
                'li',
                { className: `recipient ${r.state}`, 'data-state': r.state },
                h('span', { className: 'address' }, r.address),
                ': ',
                t(`state.${r.state}`, { since: r.since }),
              ),
            ),
          ),
        )
      : null;
  return h(
    'section',
    { id: 'connected' },
    facts,
    // Why auto-sync is off (test deployment, trigger limit, permission) and what to do.
    v.autoSyncOff ? h('p', { className: 'muted danger', id: 'auto-sync-off' }, v.autoSyncOff) : null,
    v.pending ? h('p', { className: 'muted' }, t('pending')) : null,
    v.lastError ? h('p', { className: 'muted danger' }, `${t('lastError')}: ${v.lastError}`) : null,
    numbers,
    recipients,
    h(
      'div',
      { className: 'buttons' },
      button(t('syncNow'), 'action', () => void act('syncNow'), 'sync-button'),
      button(t('refresh'), 'secondary', () => void act('refreshWorkerStatus'), 'refresh-button'),
      button(t('rotateKey'), 'secondary', () => void act('rotateRegisterKey'), 'rotate-key-button'),
      button(t('exportKey'), 'secondary', () => void exportKey(), 'export-key-button'),
      button(
        t('disconnect'),
        'secondary',
        () => {
          if (window.confirm(t('confirmDisconnect'))) void act('disconnectRegister');
        },
        'disconnect-button',
      ),
    ),
  );
}

/** Asks, then shows the key file once, with a download link; a re-render removes it. */
async function exportKey(): Promise<void> {
  if (busy || !window.confirm(t('confirmExportKey'))) return;
  const result = await callServer<{ fileName: string; text: string }>('exportSyncKey', true);
  if (!result.ok) {
    setMessage('error', result.message);
    return;
  }
  const { fileName, text } = result.value;
  const link = h(
    'a',
    { download: fileName, href: `data:application/json;charset=utf-8,${encodeURIComponent(text)}` },
    t('downloadKey'),
  );
  const box = h('textarea', { id: 'key-file', readOnly: true, rows: 8, spellcheck: 'false' }, text);
  byId('content').appendChild(
    h('section', { id: 'key-export' }, h('p', { className: 'muted danger' }, t('keyShownOnce')), box, link),
  );
}

function render(): void {
  applyTheme(lang);
  byId('title').textContent = t('title');
  const content = byId('content');
  clear(content);
  if (!view) return;
  content.appendChild(view.enrolled ? connected(view) : enrolForm(view));
}

async function load(): Promise<void> {
  applyTheme(lang);
  setMessage('info', t('loading'));
  const result = await callServer<SyncSettingsView>('getSyncSettings');
  if (!result.ok) {
    setMessage('error', result.message);
    return;
  }
  view = result.value;
  lang = view.lang;
  setMessage('', '');
  render();
}

void load();
