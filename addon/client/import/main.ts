// The import page: choose the sheet holding an existing register, see how its columns are
// understood (and which are not), confirm, and the activities land in the structured
// register (server: getImportSources, previewImport, confirmImport).

import type { Lang } from '../../../shared/register/types.ts';
import type { ImportDone, ImportPreview, ImportSources } from '../../views/import.ts';
import { byId, clear, h } from '../shared/dom.ts';
import { callServer } from '../shared/serverCall.ts';
import { t } from '../shared/strings.ts';
import { applyTheme } from '../shared/theme.ts';

let lang: Lang = 'da';

function setStatus(kind: 'ok' | 'error' | 'info' | '', text: string): void {
  const el = byId('status');
  el.className = `status ${kind}`;
  el.textContent = text;
}

function renderPreview(preview: ImportPreview): void {
  const root = byId('preview');
  clear(root);
  root.appendChild(
    h('p', {}, t(lang, 'importSummary', { activities: preview.activityCount, groups: preview.groupCount })),
  );
  root.appendChild(h('h2', {}, t(lang, 'importMapping')));
  const table = h(
    'table',
    { className: 'mapping' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, t(lang, 'importHeaderCol')),
        h('th', { className: 'arrow' }),
        h('th', {}, t(lang, 'importTargetCol')),
      ),
    ),
  );
  const body = h('tbody');
  for (const m of preview.mapping) {
    body.appendChild(
      h(
        'tr',
        { className: m.target ? 'mapped' : 'unmapped' },
        h('td', {}, m.header),
        h('td', { className: 'arrow' }, '→'),
        h('td', {}, m.target ?? '—'),
      ),
    );
  }
  table.appendChild(body);
  root.appendChild(table);
  if (preview.unmapped.length > 0) {
    root.appendChild(h('h2', {}, t(lang, 'importUnmapped')));
    root.appendChild(
      h('ul', { className: 'unmapped-list', id: 'unmapped' }, ...preview.unmapped.map((u) => h('li', {}, u))),
    );
  }
  // Unmapped columns are listed above; other notes (e.g. organisation fields not recognised) here.
  const notes = preview.issues.filter((i) => i.code !== 'import.unmappedColumn');
  if (notes.length > 0) {
    root.appendChild(h('h2', {}, t(lang, 'importIssues')));
    root.appendChild(
      h(
        'ul',
        { className: 'notes', id: 'import-notes' },
        ...notes.map((n) => h('li', {}, `${n.message} ${n.hint}`)),
      ),
    );
  }
  const replace = h('input', { type: 'checkbox', id: 'replace-existing' });
  if (preview.conflicts.length > 0) {
    root.appendChild(
      h(
        'div',
        { className: 'conflicts', id: 'conflicts' },
        t(lang, 'importConflicts', { names: preview.conflicts.join(', ') }),
        h('label', { for: 'replace-existing' }, replace, t(lang, 'importOverwrite')),
      ),
    );
  }
  const button = h(
    'button',
    { type: 'button', className: 'action', id: 'confirm-import' },
    t(lang, 'importConfirm'),
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    setStatus('info', t(lang, 'saving'));
    const result = await callServer<ImportDone>('confirmImport', preview.sheetName, {
      replaceExisting: replace.checked,
    });
    button.disabled = false;
    if (!result.ok) {
      setStatus('error', result.message);
      return;
    }
    setStatus(
      'ok',
      t(lang, 'importDone', { activities: result.value.activities, groups: result.value.groups }),
    );
    button.disabled = true;
  });
  root.appendChild(h('div', { className: 'buttons' }, button));
}

async function preview(sheetName: string): Promise<void> {
  setStatus('info', t(lang, 'loading'));
  clear(byId('preview'));
  const result = await callServer<ImportPreview>('previewImport', sheetName);
  if (!result.ok) {
    setStatus('error', result.message);
    return;
  }
  setStatus('', '');
  renderPreview(result.value);
}

function renderSources(sources: ImportSources): void {
  const root = byId('source');
  clear(root);
  if (sources.sheets.length === 0) {
    setStatus('info', t(lang, 'importNoSources'));
    return;
  }
  const select = h('select', { id: 'source-sheet' });
  for (const s of sources.sheets) select.appendChild(h('option', { value: s.name }, s.name));
  const button = h(
    'button',
    { type: 'button', className: 'secondary', id: 'show-columns' },
    t(lang, 'importPreview'),
  );
  button.addEventListener('click', () => void preview(select.value));
  root.appendChild(
    h(
      'div',
      { className: 'picker' },
      h('div', {}, h('label', { for: 'source-sheet' }, t(lang, 'importSource')), select),
      button,
    ),
  );
}

async function load(): Promise<void> {
  applyTheme(lang);
  setStatus('info', t(lang, 'loading'));
  const result = await callServer<ImportSources & { lang: Lang }>('getImportSources');
  if (!result.ok) {
    setStatus('error', result.message);
    return;
  }
  setStatus('', '');
  lang = result.value.lang;
  applyTheme(lang);
  byId('title').textContent = t(lang, 'importTitle');
  byId('intro').textContent = t(lang, 'importIntro');
  renderSources(result.value);
}

void load();
