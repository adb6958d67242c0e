// Every line the art30 CLI prints to a person, in Danish and English, in one place. Commands
// pick a message by key; nothing user-facing is written inline elsewhere in cli/.

import { formatMessage, type MessageParams } from '../shared/i18n/format.ts';
import type { Localized } from '../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

/** A message with counts, filled in each language by the shared formatter. */
export const counted = (da: string, en: string, params: MessageParams): Localized => ({
  da: formatMessage('da', da, params),
  en: formatMessage('en', en, params),
});

export const MESSAGES = {
  // Usage and input errors (exit code 2).
  unknownCommand: (name: string) =>
    L(`Ukendt kommando: "${name}". Se "art30 --help".`, `Unknown command: "${name}". See "art30 --help".`),
  missingCommand: L('Angiv en kommando. Se "art30 --help".', 'Give a command. See "art30 --help".'),
  badArguments: (detail: string) =>
    L(`Forkerte argumenter: ${detail} Se "--help".`, `Bad arguments: ${detail} See "--help".`),
  unknownOption: (option: string) =>
    L(`Ukendt tilvalg: ${option}. Se "--help".`, `Unknown option: ${option}. See "--help".`),
  missingValue: (option: string) => L(`${option} mangler en værdi.`, `${option} needs a value.`),
  tooManyArguments: (extra: string) =>
    L(`For mange argumenter: ${extra}. Se "--help".`, `Too many arguments: ${extra}. See "--help".`),
  badLang: (value: string) =>
    L(`--lang skal være da eller en, ikke "${value}".`, `--lang must be da or en, not "${value}".`),
  badDate: (option: string, value: string) =>
    L(
      `${option} skal være en dato som ÅÅÅÅ-MM-DD, ikke "${value}".`,
      `${option} must be a date written YYYY-MM-DD, not "${value}".`,
    ),
  missingDateOption: (option: string) =>
    L(`${option} ÅÅÅÅ-MM-DD skal angives.`, `${option} YYYY-MM-DD is required.`),
  badFiscalYearEnd: (value: string) =>
    L(
      `--fiscal-year-end skal være en dag som MM-DD, fx 12-31 eller 06-30, ikke "${value}".`,
      `--fiscal-year-end must be a day written MM-DD, e.g. 12-31 or 06-30, not "${value}".`,
    ),
  missingRetentionText: L(
    'Angiv slettefristen som tekst, fx art30 retention "5 år fra udgangen af regnskabsåret" --from 2026-03-01.',
    'Give the retention rule as text, e.g. art30 retention "5 years from the end of the financial year" --from 2026-03-01.',
  ),
  missingRegisterFile: L(
    'Angiv en fortegnelse: en .json-, .csv- eller .xlsx-fil, eller - for standardinput.',
    'Give a register: a .json, .csv or .xlsx file, or - for standard input.',
  ),
  fileNotFound: (path: string) => L(`Filen findes ikke: ${path}`, `File not found: ${path}`),
  fileUnreadable: (path: string, detail: string) =>
    L(`Filen kan ikke læses: ${path} (${detail})`, `The file cannot be read: ${path} (${detail})`),
  emptyInput: (path: string) =>
    L(
      `Filen er tom: ${path}. Der er ingen fortegnelse at kontrollere.`,
      `The file is empty: ${path}. There is no register to check.`,
    ),
  badJson: (path: string, detail: string) =>
    L(`${path} er ikke gyldig JSON: ${detail}`, `${path} is not valid JSON: ${detail}`),
  notARegisterJson: (path: string) =>
    L(
      `${path} er JSON, men ikke en fortegnelse: den skal have schemaVersion, lang (da/en), organisation og sheets.`,
      `${path} is JSON but not a register: it needs schemaVersion, lang (da/en), organisation and sheets.`,
    ),
  notARegisterTable: (path: string) =>
    L(
      `Fandt ingen fortegnelse i ${path}: ingen række ligner en overskriftsrække med fx "Behandling", "Formål" og "Kategorier af registrerede".`,
      `Found no register in ${path}: no row looks like a header row with e.g. "Processing activity", "Purpose" and "Categories of data subjects".`,
    ),
  badCsv: (path: string, detail: string) =>
    L(`${path} kan ikke læses som CSV: ${detail}`, `${path} cannot be read as CSV: ${detail}`),
  badRetentionChoice: (value: string) =>
    L(
      `--retention-choice skal have formen <aktivitets-id>=<valg>, fx psych-act-01=tenYears; fik "${value}".`,
      `--retention-choice takes the form <activity-id>=<choice>, e.g. psych-act-01=tenYears; got "${value}".`,
    ),
  unknownRetentionChoice: (value: string, id: string, known: string) =>
    L(
      `Skabelonen "${id}" har ikke opbevaringsvalget "${value}". Mulige valg: ${known || 'ingen'}`,
      `The template "${id}" has no retention choice "${value}". Possible choices: ${known || 'none'}`,
    ),
  retentionChoiceOnlyForShow: L(
    '--retention-choice bruges kun med art30 template show.',
    '--retention-choice is used only with art30 template show.',
  ),
  templateRetentionChoices: L(
    'Opbevaringsperioder at vælge imellem (--retention-choice <aktivitet>=<valg>; det første er standard):',
    'Retention periods to choose from (--retention-choice <activity>=<choice>; the first is the default):',
  ),
  unknownTemplate: (id: string, known: string) =>
    L(
      `Ukendt skabelon: "${id}". Kendte skabeloner: ${known}`,
      `Unknown template: "${id}". Known templates: ${known}`,
    ),
  templateLangMissing: (id: string, lang: string) =>
    L(`Skabelonen "${id}" findes ikke på ${lang}.`, `The template "${id}" does not exist in ${lang}.`),
  noTemplatesInstalled: L(
    'Der er ingen skabeloner installeret (mappen templates/ har ingen skabelonindeks endnu).',
    'No templates are installed (the templates/ folder has no template index yet).',
  ),
  missingTemplateId: L(
    'Angiv skabelonens id, fx art30 template show webshop. Se "art30 template list".',
    'Give the template id, e.g. art30 template show webshop. See "art30 template list".',
  ),
  missingTemplateCommand: L(
    'Angiv list eller show, fx art30 template list.',
    'Give list or show, e.g. art30 template list.',
  ),
  unknownTemplateCommand: (name: string) =>
    L(
      `Ukendt underkommando: "${name}". Brug list eller show.`,
      `Unknown subcommand: "${name}". Use list or show.`,
    ),
  internalError: (detail: string) =>
    L(`Uventet fejl i art30: ${detail}`, `Unexpected error in art30: ${detail}`),

  // validate
  severity: { error: L('FEJL', 'ERROR'), warning: L('ADVARSEL', 'WARNING'), info: L('INFO', 'INFO') },
  issueWhere: (sheet: string, row: number | null, column: string | null) => {
    const da = [sheet, row !== null ? `række ${row}` : null, column ? `kolonne "${column}"` : null];
    const en = [sheet, row !== null ? `row ${row}` : null, column ? `column "${column}"` : null];
    return L(da.filter(Boolean).join(', '), en.filter(Boolean).join(', '));
  },
  hintPrefix: L('Sådan retter du det', 'How to fix it'),
  summary: (errors: number, warnings: number, infos: number) =>
    counted(
      '{errors|# fejl|# fejl}, {warnings|# advarsel|# advarsler}, {infos} info',
      '{errors|# error|# errors}, {warnings|# warning|# warnings}, {infos} info',
      { errors, warnings, infos },
    ),
  validateHeading: (source: string) => L(`Kontrol af ${source}`, `Checking ${source}`),
  unmappedHeading: L(
    'Kolonner der ikke blev genkendt og ikke er kontrolleret:',
    'Columns that were not recognised and were not checked:',
  ),
  noIssues: L(
    'Ingen fund: fortegnelsen opfylder alle kontroller.',
    'No findings: the register passes every check.',
  ),

  // due
  dueHeading: (today: string, days: number) =>
    L(
      `Slettefrister pr. ${today} (varsel: ${days} dage)`,
      `Deletion deadlines as of ${today} (due-soon window: ${days} days)`,
    ),
  dueHoldingsHeading: L('Registreringer i slettelogen', 'Retention-log holdings'),
  dueRoutinesHeading: L('Sletterutiner', 'Deletion routines'),
  dueNothing: L('Intet er overskredet eller forfalder snart.', 'Nothing is overdue or due soon.'),
  dueStatus: {
    overdue: L('OVERSKREDET', 'OVERDUE'),
    dueSoon: L('SNART', 'DUE SOON'),
    never: L('ALDRIG KØRT', 'NEVER RUN'),
    mayDelete: L('MÅ NU SLETTES: TAG STILLING', 'MAY NOW BE DELETED: DECIDE'),
    floorReview: L('GENNEMGÅ: INGEN BESLUTNING', 'REVIEW: NO DECISION'),
  },
  mayDeleteFrom: (date: string) => L(`må slettes fra ${date}`, `may be deleted from ${date}`),
  daysOverdue: (n: number) => counted('{n|# dag|# dage} over fristen', '{n|# day|# days} overdue', { n }),
  dueOn: (date: string) => L(`frist ${date}`, `due ${date}`),
  noDueDate: L('ingen frist', 'no due date'),
  dueSummary: (overdue: number, dueSoon: number) =>
    L(`${overdue} overskredet, ${dueSoon} forfalder snart`, `${overdue} overdue, ${dueSoon} due soon`),

  // retention
  retentionRule: L('Regel', 'Rule'),
  retentionDue: L('Slettes senest', 'Delete by'),
  retentionMayDeleteFrom: L('Må slettes fra', 'May be deleted from'),
  retentionManual: L('Manuel vurdering', 'Manual review'),
  retentionFrom: (from: string, fye: string) =>
    L(
      `(alle hændelser den ${from}; regnskabsår slutter ${fye})`,
      `(every event on ${from}; financial year ends ${fye})`,
    ),
  manualReasons: {
    purposeBased: L(
      'Slettefristen afhænger af formålet og giver ingen dato: gennemgå oplysningerne jævnligt.',
      'The retention depends on the purpose and gives no date: review the data periodically.',
    ),
    caseByCase: L(
      'Slettefristen fastsættes ved konkret vurdering: gennemgå oplysningerne jævnligt.',
      'The retention is decided case by case: review the data periodically.',
    ),
    unknownTrigger: L(
      'Fristen regnes fra en hændelse, som slettelogen ikke kan datere.',
      'The rule counts from an event the retention log cannot date.',
    ),
    notUnderstood: L(
      'Teksten blev ikke forstået som en slettefrist.',
      'The text was not understood as a retention rule.',
    ),
    empty: L('Der er ingen slettefrist.', 'There is no retention rule.'),
  },

  // template
  templatesHeading: L('Skabeloner', 'Templates'),
  templateSummary: (activities: number, recipients: number, systems: number) =>
    L(
      `${activities} behandlingsaktiviteter, ${recipients} modtagere, ${systems} it-systemer`,
      `${activities} processing activities, ${recipients} recipients, ${systems} IT systems`,
    ),
  templateShowHint: (id: string, lang: string) =>
    L(
      `Hele fortegnelsen som JSON: art30 template show ${id} --lang ${lang} --json`,
      `The whole register as JSON: art30 template show ${id} --lang ${lang} --json`,
    ),
} as const;

/** Help text per command. */
export const HELP = {
  main: L(
    `art30 – fortegnelse over behandlingsaktiviteter (GDPR art. 30)

Brug: art30 <kommando> [tilvalg]

Kommandoer:
  retention "<tekst>" --from ÅÅÅÅ-MM-DD   Fortolk en slettefrist og beregn fristen
  validate <fil|->                        Kontrollér en fortegnelse (.json, .csv, .xlsx)
  due <fil> --today ÅÅÅÅ-MM-DD            Vis overskredne og snart forfaldne sletninger
  template list | show <id>               Vis færdige skabeloner
  operator tokens|registers …             Drift: tilmeldingskoder og fortegnelser på en server
  validate|due --sheet <link|id>          Læs en fortegnelse direkte i Google Sheets
  export --sheet <link|id> --format json|xlsx   Gem en fortegnelse fra Google Sheets
  sync --sheet <link|id> --key-file <fil> Send et signeret snapshot til arbejderen
  create --template <id> --lang da|en     Opret en ny fortegnelse i Google Sheets
  login                                   Log ind med Google (gemmer nøglen i din konfigurationsmappe)

Fælles tilvalg: --json (ét JSON-dokument på stdout), --lang da|en, --help
Værktøjet hjælper med at dokumentere; det er ikke juridisk rådgivning.`,
    `art30 – record of processing activities (GDPR Art. 30)

Usage: art30 <command> [options]

Commands:
  retention "<text>" --from YYYY-MM-DD    Read a retention rule and compute its due date
  validate <file|->                       Check a register (.json, .csv, .xlsx)
  due <file> --today YYYY-MM-DD           Show overdue and due-soon deletions
  template list | show <id>               Show ready-made templates
  operator tokens|registers …             Operators: enrolment tokens and registers on a server
  validate|due --sheet <link|id>          Read a register straight from Google Sheets
  export --sheet <link|id> --format json|xlsx   Save a register from Google Sheets
  sync --sheet <link|id> --key-file <file> Push a signed snapshot to the worker
  create --template <id> --lang da|en     Create a new register in Google Sheets
  login                                   Sign in with Google (keeps the token in your config folder)

Common options: --json (one JSON document on stdout), --lang da|en, --help
The tool helps you document compliance; it is not legal advice.`,
  ),
  retention: L(
    `Brug: art30 retention "<tekst>" --from ÅÅÅÅ-MM-DD [--fiscal-year-end MM-DD] [--lang da|en] [--json]

Fortolker en slettefrist skrevet som tekst og beregner den sidste dag for rettidig sletning,
når alle hændelser (modtaget, seneste kontakt, ophør, formål opfyldt, bilagsdato og hændelsesdatoen
for en hændelse uden egen kolonne) skete på --from. En minimumsfrist ("mindst 5 år") giver den
første dag, oplysningerne må slettes. --fiscal-year-end: regnskabsårets sidste dag (standard 12-31).
JSON: { "rule", "description", "due", "mayDeleteFrom", "manual", "reason" }.`,
    `Usage: art30 retention "<text>" --from YYYY-MM-DD [--fiscal-year-end MM-DD] [--lang da|en] [--json]

Reads a retention rule written as text and computes the last day deletion is on time, when
every event (collected, last contact, relationship ended, purpose fulfilled, record date, and
the event date of an event with no column of its own) happened on --from. A minimum period
("at least 5 years") gives the first day the data may be deleted instead.
--fiscal-year-end: the financial year's last day (default 12-31).
JSON: { "rule", "description", "due", "mayDeleteFrom", "manual", "reason" }.`,
  ),
  validate: L(
    `Brug: art30 validate <fortegnelse.json|.csv|.xlsx|-> | --sheet <link|id> [--json] [--lang da|en] [--today ÅÅÅÅ-MM-DD] [--org org.json] [--all]

Kontrollerer en fortegnelse mod art. 30 og viser fund. En CSV- eller Excel-fil er en fortegnelse
med én række pr. behandlingsaktivitet; overskrifterne genkendes på dansk og engelsk, og fund
henviser til filens rækker (overskriften er række 1). - læser fra standardinput.
Organisationens oplysninger læses fra blokken øverst i filen eller fra --org org.json.
De første fund af hver slags vises med et antal for resten; --all viser alle.
Afslutningskode: 1 ved fejl, 0 ellers, 2 hvis filen ikke kan bruges.
JSON: { "issues", "summary": { "errors", "warnings", "infos" }, "unmappedColumns" }.`,
    `Usage: art30 validate <register.json|.csv|.xlsx|-> | --sheet <link|id> [--json] [--lang da|en] [--today YYYY-MM-DD] [--org org.json] [--all]

Checks a register against Art. 30 and prints the findings. A CSV or Excel file is a register
kept as one row per processing activity; headers are recognised in Danish and English, and
findings refer to the file's rows (the header is row 1). - reads standard input.
The organisation's details are read from the block at the top of the file or from --org org.json.
The first findings of each kind are shown with a count of the rest; --all shows every one.
Exit code: 1 when there is an error, 0 otherwise, 2 when the file cannot be used.
JSON: { "issues", "summary": { "errors", "warnings", "infos" }, "unmappedColumns" }.`,
  ),
  due: L(
    `Brug: art30 due <fortegnelse> | --sheet <link|id> --today ÅÅÅÅ-MM-DD [--json] [--lang da|en]

Viser registreringer i slettelogen og sletterutiner, der er overskredet eller forfalder inden for
fortegnelsens varsel (standard 14 dage). En fil uden slettelog (fx en CSV) afvises med kode 2.
--sheet læser fortegnelsen direkte i Google Sheets (se README: legitimation og --service-account).`,
    `Usage: art30 due <register> | --sheet <link|id> --today YYYY-MM-DD [--json] [--lang da|en]

Shows retention-log holdings and deletion routines that are overdue or due within the
register's due-soon window (default 14 days). A file with no retention log (e.g. a CSV) is refused, exit code 2.
--sheet reads the register straight from Google Sheets (see the README: credentials and --service-account).`,
  ),
  sync: L(
    `Brug: art30 sync --sheet <link|id> --key-file <nøgle.json> [--worker <url>] [--service-account <fil>] [--json] [--lang da|en]

Læser fortegnelsen i Google Sheets (ét API-kald) og sender et signeret snapshot til arbejderen, som
tilføjelsens synkronisering gør; til et planlagt job, hvor tilføjelsens udløsere ikke kører.
Nøglefilen hentes i tilføjelsen: Indstillinger og synkronisering ▸ Eksportér nøgle til planlagt synkronisering.
Afslutningskode: 0 sendt, 1 rækker skal rettes (intet sendt), 2 andre problemer.`,
    `Usage: art30 sync --sheet <link|id> --key-file <key.json> [--worker <url>] [--service-account <file>] [--json] [--lang da|en]

Reads the register in Google Sheets (one API call) and pushes a signed snapshot to the worker, as
the add-on's sync does; for a scheduled job where the add-on's triggers cannot run.
Get the key file in the add-on: Settings & sync ▸ Export key for scheduled sync.
Exit code: 0 sent, 1 rows to fix (nothing sent), 2 other problems.`,
  ),
  login: L(
    `Brug: art30 login [--client-file <client_secret.json>] [--no-browser] [--lang da|en]

Logger ind med Google (OAuth til skrivebordsprogrammer: browseren sender dig tilbage til 127.0.0.1)
og gemmer nøglen i din konfigurationsmappe (fx ~/.config/art30/google-login.json, kun læsbar for dig).
Klienten er et "Desktop app"-klient-id fra Google Cloud Console (--client-file eller
ART30_OAUTH_CLIENT_ID og ART30_OAUTH_CLIENT_SECRET). Adgang: læse regneark, og filer Art30 selv opretter.`,
    `Usage: art30 login [--client-file <client_secret.json>] [--no-browser] [--lang da|en]

Signs in with Google (OAuth for desktop apps: the browser sends you back to 127.0.0.1) and keeps
the token in your config folder (e.g. ~/.config/art30/google-login.json, readable by you only).
The client is a "Desktop app" client id from the Google Cloud Console (--client-file, or
ART30_OAUTH_CLIENT_ID and ART30_OAUTH_CLIENT_SECRET). Access: read spreadsheets, and files Art30 creates.`,
  ),
  create: L(
    `Brug: art30 create --template <id> --lang da|en [--title <titel>] [--time-zone <zone>] [--json]

Opretter en ny fortegnelse i Google Sheets ud fra en skabelon, opsat som tilføjelsens "Opret
fortegnelse" plus "Indsæt skabelon" (ark, overskrifter med noter, rullelister, datoformater,
beskyttede og skjulte id-kolonner), med to API-kald, og skriver dens adresse. Adgang: drive.file.`,
    `Usage: art30 create --template <id> --lang da|en [--title <title>] [--time-zone <zone>] [--json]

Creates a new register in Google Sheets from a template, laid out as the add-on's "Set up
register" plus "Insert template" (sheets, headers with notes, dropdowns, date formats, protected
and hidden id columns), in two API calls, and prints its address. Access: drive.file.`,
  ),
  export: L(
    `Brug: art30 export --sheet <link|id> --format json|xlsx [--out <fil>] [--lang da|en]

Gemmer fortegnelsen fra Google Sheets som JSON (på stdout, eller --out) eller som Excel-projektmappe
(--out, standard fortegnelse.xlsx), læst med ét API-kald; begge kan læses igen af validate og due.`,
    `Usage: art30 export --sheet <link|id> --format json|xlsx [--out <file>] [--lang da|en]

Saves the register from Google Sheets as JSON (on stdout, or --out) or as an Excel workbook
(--out, default register.xlsx), read in one API call; validate and due read either back.`,
  ),
  template: L(
    `Brug: art30 template list [--json] [--lang da|en]
       art30 template show <id> [--lang da|en] [--json] [--format xlsx|csv [--out <fil>]]
                              [--retention-choice <aktivitet>=<valg>]...

--format skriver en startfil, der kan udfyldes i Excel og kontrolleres med art30 validate.
list viser skabelonerne (JSON: [{ "id", "title", "lang", "kind" }], én pr. skabelon og sprog).
show viser en skabelon; med --json er det en fortegnelse, som art30 validate kan læse.
--retention-choice vælger en lovbestemt opbevaringsperiode for en aktivitet, hvor skabelonen har
flere, fx journalperioden pr. faggruppe: art30 template show psychologist --retention-choice
psych-act-01=tenYears (læger, tandlæger m.fl.: mindst 10 år). show uden --json viser valgene.`,
    `Usage: art30 template list [--json] [--lang da|en]
       art30 template show <id> [--lang da|en] [--json] [--format xlsx|csv [--out <file>]]
                              [--retention-choice <activity>=<choice>]...

--format writes a starter file to fill in Excel and check with art30 validate.
list shows the templates (JSON: [{ "id", "title", "lang", "kind" }], one per template and language).
show shows one template; with --json it is a register that art30 validate accepts.
--retention-choice picks a statutory retention period for an activity where the template has
several, e.g. the records period per profession: art30 template show psychologist
--retention-choice psych-act-01=tenYears (doctors, dentists and others: at least 10 years).
show without --json lists the choices.`,
  ),
} as const;
