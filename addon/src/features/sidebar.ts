// Opens one of the built pages (build/addon/<page>.html, pushed beside Code.js) as a sidebar.

import type { Lang } from '../../../shared/register/types.ts';
import { type FeatureMessageCode, featureMessage } from './messages.ts';

export type SidebarPage = 'issues' | 'activity' | 'retention' | 'import' | 'request' | 'breach';

const TITLES: Record<SidebarPage, FeatureMessageCode> = {
  issues: 'titleIssues',
  activity: 'titleActivity',
  retention: 'titleRetention',
  import: 'titleImport',
  request: 'titleRequest',
  breach: 'titleBreach',
};

export function showSidebar(page: SidebarPage, lang: Lang): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(featureMessage(lang, TITLES[page]));
  SpreadsheetApp.getUi().showSidebar(html);
}
