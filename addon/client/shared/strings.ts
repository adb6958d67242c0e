// Every string the sidebar pages show themselves, in Danish and English. Messages that come
// from the server (issues, errors) arrive already in the register's language.

import { catalogueLookup } from '../../../shared/i18n/format.ts';

const catalogue = {
  loading: { da: 'Henter …', en: 'Loading …' },
  saving: { da: 'Gemmer …', en: 'Saving …' },
  close: { da: 'Luk', en: 'Close' },
  refresh: { da: 'Opdater', en: 'Refresh' },
  cancel: { da: 'Annullér', en: 'Cancel' },
  none: { da: 'Ingen', en: 'None' },

  // Issue sidebar
  issuesTitle: { da: 'Fund i fortegnelsen', en: 'Register findings' },
  issuesNone: {
    da: 'Ingen fund ved seneste validering. Godt arbejde!',
    en: 'No findings in the last validation. Well done!',
  },
  issuesNotRun: {
    da: 'Fortegnelsen er ikke kontrolleret endnu. Vælg Art30 → Kontrollér fortegnelse.',
    en: 'The register has not been checked yet. Choose Art30 → Validate register.',
  },
  issueCount_error: { da: '{n|# fejl|# fejl}', en: '{n|# error|# errors}' },
  issueCount_warning: { da: '{n|# advarsel|# advarsler}', en: '{n|# warning|# warnings}' },
  issueCount_info: { da: '{n|# tip|# tips}', en: '{n|# tip|# tips}' },
  issuesValidatedAt: { da: 'kontrolleret {when}', en: 'checked {when}' },
  issuesShownOf: {
    da: 'Viser de {shown} vigtigste af {total} fund. Ret dem, og kør kontrollen igen.',
    en: 'Showing the {shown} most important of {total} findings. Fix them and check again.',
  },
  severity_error: { da: 'Fejl', en: 'Errors' },
  severity_warning: { da: 'Advarsler', en: 'Warnings' },
  severity_info: { da: 'Tips', en: 'Tips' },
  issueWhere: { da: '{sheet}, række {row}', en: '{sheet}, row {row}' },
  issueSelected: { da: 'Cellen er markeret i arket.', en: 'The cell is selected in the sheet.' },
  issueClickHint: { da: 'Klik på et fund for at gå til cellen.', en: 'Click a finding to go to its cell.' },

  // Activity form
  activityTitleNew: { da: 'Ny behandlingsaktivitet', en: 'New processing activity' },
  activityTitleEdit: { da: 'Redigér behandlingsaktivitet', en: 'Edit processing activity' },
  activityPick: { da: 'Aktivitet', en: 'Activity' },
  activityPickNew: { da: '+ Ny aktivitet', en: '+ New activity' },
  sectionBasics: { da: 'Formål og ansvar', en: 'Purpose and owner' },
  sectionLegal: { da: 'Behandlingsgrundlag', en: 'Legal basis' },
  sectionGroups: { da: 'Registrerede og oplysninger', en: 'Data subjects and data' },
  sectionRetention: { da: 'Sletning', en: 'Deletion' },
  sectionSystems: { da: 'Systemer og sikkerhed', en: 'Systems and security' },
  sectionMore: { da: 'Øvrigt', en: 'More' },
  groupHeading: { da: 'Gruppe {n}', en: 'Group {n}' },
  groupAdd: { da: '+ Tilføj gruppe af registrerede', en: '+ Add data-subject group' },
  groupRemove: { da: 'Fjern gruppe', en: 'Remove group' },
  groupInheritsRetention: {
    da: 'Tom = aktivitetens standardfrist',
    en: 'Blank = the activity default',
  },
  multiPlaceholder: { da: 'Vælg …', en: 'Choose …' },
  multiAddCustom: { da: 'Tilføj "{value}"', en: 'Add "{value}"' },
  multiRemove: { da: 'Fjern {value}', en: 'Remove {value}' },
  choose: { da: '– vælg –', en: '– choose –' },
  save: { da: 'Gem aktivitet', en: 'Save activity' },
  saved: {
    da: 'Gemt i arket. {count} fund for aktiviteten.',
    en: 'Saved to the sheet. {count} findings for the activity.',
  },
  savedClean: {
    da: 'Gemt i arket. Ingen fund for aktiviteten.',
    en: 'Saved to the sheet. No findings for the activity.',
  },
  retentionUnderstood: { da: 'Forstået som: {text}', en: 'Understood as: {text}' },
  retentionNotUnderstood: {
    da: 'Ikke forstået — skriv fx "5 år fra udgangen af regnskabsåret" eller "6 måneder efter modtagelse".',
    en: 'Not understood — write e.g. "5 years from the end of the financial year" or "6 months after receipt".',
  },
  liveFindings: { da: 'Fund i formularen', en: 'Findings in the form' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },

  // Retention overview
  retentionTitle: { da: 'Slettefrister', en: 'Retention overview' },
  retentionToday: {
    da: 'I dag: {today} · varsel {days} dage',
    en: 'Today: {today} · due-soon window {days} days',
  },
  countOverdue: { da: 'Overskredet', en: 'Overdue' },
  countDueSoon: { da: 'Snart', en: 'Due soon' },
  countDecide: { da: 'Tag stilling', en: 'To decide' },
  countOk: { da: 'OK', en: 'OK' },
  countManual: { da: 'Manuel', en: 'Manual' },
  countLegalHold: { da: 'Tilbageholdt', en: 'Legal hold' },
  countDeleted: { da: 'Slettet', en: 'Deleted' },
  listOverdue: { da: 'Overskredne registreringer', en: 'Overdue entries' },
  listDueSoon: { da: 'Skal snart slettes', en: 'Due soon' },
  listDecide: { da: 'Må nu slettes: tag stilling', en: 'May now be deleted: decide' },
  mayDeleteFromOn: { da: 'må slettes fra {date}', en: 'may be deleted from {date}' },
  keepWithReason: { da: 'Behold med begrundelse', en: 'Keep with reason' },
  keepUntil: { da: 'Behold til (næste gennemgang)', en: 'Keep until (next review)' },
  listRoutines: { da: 'Sletterutiner', en: 'Deletion routines' },
  listEmpty: { da: 'Ingen.', en: 'None.' },
  dueOn: { da: 'frist {date}', en: 'due {date}' },
  daysOverdue: { da: '{days} dage over', en: '{days} days overdue' },
  markDeleted: { da: 'Markér slettet', en: 'Mark deleted' },
  markDeletedCount: { da: 'Markér {count} slettet', en: 'Mark {count} deleted' },
  deletedOnLabel: { da: 'Slettet den', en: 'Deleted on' },
  methodLabel: { da: 'Metode', en: 'Method' },
  deleterNameLabel: { da: 'Dit navn (til sletningsbeviset)', en: 'Your name (for the deletion log)' },
  markedDeleted: {
    da: 'Ført i sletningsbeviset: {count}.',
    en: 'Recorded in the deletion log: {count}.',
  },
  extend: { da: 'Forlæng', en: 'Extend' },
  extendUntil: { da: 'Ny frist', en: 'New deadline' },
  extendReason: { da: 'Begrundelse (påkrævet)', en: 'Reason (required)' },
  extendSave: { da: 'Gem forlængelse', en: 'Save extension' },
  extended: { da: 'Fristen er forlænget til {date}.', en: 'The deadline is extended to {date}.' },
  workerStatusHeading: { da: 'Påmindelser', en: 'Reminders' },

  // Import
  importTitle: { da: 'Importér eksisterende fortegnelse', en: 'Import existing register' },
  importIntro: {
    da: 'Vælg det ark, din nuværende fortegnelse står i (fx et Excel-ark uploadet til Drev). Arket ændres ikke.',
    en: 'Choose the sheet your current register is in (e.g. an Excel sheet uploaded to Drive). The sheet is not changed.',
  },
  importSource: { da: 'Ark', en: 'Sheet' },
  importNoSources: {
    da: 'Der er ingen andre ark end fortegnelsens egne. Indsæt dit gamle register som et nyt ark først.',
    en: 'There are no sheets besides the register\u2019s own. Paste your old register into a new sheet first.',
  },
  importPreview: { da: 'Vis kolonner', en: 'Show columns' },
  importMapping: { da: 'Sådan læses kolonnerne', en: 'How the columns are read' },
  importUnmapped: { da: 'Kolonner der ikke importeres', en: 'Columns that are not imported' },
  importHeaderCol: { da: 'Kolonne i dit ark', en: 'Column in your sheet' },
  importTargetCol: { da: 'Bliver til', en: 'Becomes' },
  importSummary: {
    da: '{activities|# aktivitet|# aktiviteter} og {groups|# række|# rækker} med datakategorier findes.',
    en: '{activities|# activity|# activities} and {groups|# data-category row|# data-category rows} found.',
  },
  importConflicts: {
    da: 'Findes allerede og erstattes: {names}',
    en: 'Already exist and will be replaced: {names}',
  },
  importOverwrite: {
    da: 'Ja, erstat de eksisterende aktiviteter',
    en: 'Yes, replace the existing activities',
  },
  importConfirm: { da: 'Importér', en: 'Import' },
  importDone: {
    da: '{activities|# aktivitet|# aktiviteter} og {groups|# datakategori-række|# datakategori-rækker} er importeret. Kør Validér fortegnelse bagefter.',
    en: '{activities|# activity|# activities} and {groups|# data-category row|# data-category rows} imported. Run Validate register next.',
  },
  importIssues: { da: 'Bemærkninger fra importen', en: 'Notes from the import' },
} as const;

export type StringKey = keyof typeof catalogue;

/** The sidebar string `key` in `lang`, its placeholders (counts included) filled by the shared formatter. */
export const t = catalogueLookup<StringKey>(catalogue);

/** For tests: every key has both languages, non-empty. */
export const CLIENT_STRINGS: Readonly<Record<StringKey, { da: string; en: string }>> = catalogue;
