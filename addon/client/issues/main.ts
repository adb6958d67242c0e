// The issue sidebar: lists the last Validate run's findings by severity; a click on one
// selects its cell in the sheet (server: getIssueSidebar, selectIssueCell).

import type { Lang } from '../../../shared/register/types.ts';
import type { IssueSidebarModel, IssueView, SelectedCell } from '../../views/issues.ts';
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

function where(issue: IssueView): string {
  const parts = [
    issue.row === null
      ? issue.sheetTitle
      : t(lang, 'issueWhere', { sheet: issue.sheetTitle, row: issue.row }),
  ];
  if (issue.columnHeader) parts.push(issue.columnHeader);
  return parts.join(' · ');
}

function issueCard(issue: IssueView): HTMLButtonElement {
  const card = h(
    'button',
    { type: 'button', className: `issue ${issue.severity}`, 'data-code': issue.code },
    h('span', { className: 'message' }, issue.message),
    issue.hint ? h('span', { className: 'hint' }, issue.hint) : null,
    h('span', { className: 'where' }, where(issue)),
  );
  card.addEventListener('click', async () => {
    for (const other of document.querySelectorAll('.issue.selected')) other.classList.remove('selected');
    card.classList.add('selected');
    const result = await callServer<SelectedCell>('selectIssueCell', issue.sheet, issue.row, issue.column);
    if (result.ok)
      setStatus('ok', `${t(lang, 'issueSelected')} (${result.value.sheetTitle}!${result.value.a1})`);
    else setStatus('error', result.message);
  });
  return card;
}

function render(model: IssueSidebarModel): void {
  lang = model.lang;
  applyTheme(lang);
  byId('title').textContent = t(lang, 'issuesTitle');
  const list = byId('issues');
  clear(list);
  if (model.issues === null) {
    byId('summary').textContent = t(lang, 'issuesNotRun');
    return;
  }
  const { error, warning, info } = model.counts;
  const summary = [
    t(lang, 'issueCount_error', { n: error }),
    t(lang, 'issueCount_warning', { n: warning }),
    t(lang, 'issueCount_info', { n: info }),
  ].join(' · ');
  const when = model.checkedOn ? ` · ${t(lang, 'issuesValidatedAt', { when: model.checkedOn })}` : '';
  byId('summary').textContent = summary + when;
  if (model.total > model.issues.length) {
    setStatus('info', t(lang, 'issuesShownOf', { shown: model.issues.length, total: model.total }));
  }
  if (model.issues.length === 0) {
    setStatus('ok', t(lang, 'issuesNone'));
    return;
  }
  list.appendChild(h('p', { className: 'muted' }, t(lang, 'issueClickHint')));
  for (const severity of ['error', 'warning', 'info'] as const) {
    const items = model.issues.filter((i) => i.severity === severity);
    if (items.length === 0) continue;
    list.appendChild(
      h(
        'section',
        { className: 'group', 'data-severity': severity },
        h(
          'h2',
          {},
          t(lang, `severity_${severity}`),
          h('span', { className: `badge ${severity}` }, items.length),
        ),
        ...items.map(issueCard),
      ),
    );
  }
}

async function load(): Promise<void> {
  applyTheme(lang);
  byId('summary').textContent = t(lang, 'loading');
  const result = await callServer<IssueSidebarModel>('getIssueSidebar');
  if (result.ok) render(result.value);
  else {
    byId('summary').textContent = '';
    setStatus('error', result.message);
  }
}

void load();
