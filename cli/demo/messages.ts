// Every line `npm run demo` prints to a person, in Danish and English, and the few words it
// types into the demo register (an extension's reason, the organisation's name).

import type { Localized } from '../../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

export const DEMO_TEXT = {
  help: L(
    `npm run demo -- [tilvalg]

Kører hovedopgaven lokalt uden konto og uden netværk: bygger tilføjelsen, starter serveren
lokalt med lokal D1, indsætter en skabelon i tilføjelsen, opretter registreringer i forhold til
kørselsdatoen, tilmelder og synkroniserer med tilføjelsens egen kode, kører natjobbet og skriver
hver påmindelse som .eml og .html.

  --date ÅÅÅÅ-MM-DD   kørselsdato (standard: i dag i Europe/Copenhagen)
  --out MAPPE         hvor påmindelserne skrives (standard: demo-out; gamle .eml/.html fjernes)
  --template ID       skabelonen (standard: temp-agency); se npm run -s art30 -- template list
  --lang da|en        fortegnelsens og udskriftens sprog (standard: da)
  --help              denne tekst`,
    `npm run demo -- [options]

Runs the main job locally with no account and no network: builds the add-on, starts the worker
locally with local D1, inserts a template in the add-on, adds holdings relative to the run date,
enrols and syncs with the add-on's own code, runs the nightly job and writes every reminder as
.eml and .html.

  --date YYYY-MM-DD   run date (default: today in Europe/Copenhagen)
  --out FOLDER        where the reminders are written (default: demo-out; old .eml/.html removed)
  --template ID       the template (default: temp-agency); see npm run -s art30 -- template list
  --lang da|en        language of the register and of this output (default: da)
  --help              this text`,
  ),
  unknownTemplate: (id: string, known: string) =>
    L(
      `Ukendt skabelon: "${id}". Kendte skabeloner: ${known}.`,
      `Unknown template: "${id}". Known templates: ${known}.`,
    ),

  // Progress, one line per step.
  building: L('Bygger tilføjelsen (testkonfiguration) …', 'Building the add-on (test configuration) …'),
  built: (ms: number) => L(`  bygget på ${ms} ms`, `  built in ${ms} ms`),
  upToDate: L('  allerede bygget og opdateret', '  already built and up to date'),
  starting: L(
    'Starter serveren lokalt (workerd, lokal D1) …',
    'Starting the worker locally (workerd, local D1) …',
  ),
  started: (origin: string, ms: number, pid: number | null) =>
    L(
      `  kører på ${origin} (startet på ${ms} ms${pid === null ? '' : `, proces ${pid}`})`,
      `  running at ${origin} (started in ${ms} ms${pid === null ? '' : `, process ${pid}`})`,
    ),
  inserting: (title: string) =>
    L(
      `Indsætter skabelonen "${title}" med Indsæt skabelon … i tilføjelsen`,
      `Inserting the template "${title}" with Insert template… in the add-on`,
    ),
  inserted: (activities: number, owners: number) =>
    L(
      `  ${activities} behandlingsaktiviteter, ${owners} ansvarlige med example.org-adresser`,
      `  ${activities} processing activities, ${owners} owners with example.org addresses`,
    ),
  holdings: (runDate: string, n: number) =>
    L(
      `Opretter ${n} registreringer i slettelogen i forhold til ${runDate}:`,
      `Adding ${n} retention-log holdings relative to ${runDate}:`,
    ),
  request: (reference: string, received: string, due: string) =>
    L(
      `Opretter en åben anmodning om indsigt (${reference}), modtaget ${received}: svarfrist ${due}.`,
      `Adding an open access request (${reference}), received ${received}: answer by ${due}.`,
    ),
  requestFailed: (why: string) =>
    L(`Anmodningen kunne ikke oprettes: ${why}`, `The request could not be added: ${why}`),
  breach: (reference: string, by: string) =>
    L(
      `Opretter et brud (${reference}), opdaget i går kl. 09:00: Datatilsynet skal have besked senest ${by}.`,
      `Adding a breach (${reference}), discovered yesterday at 09:00: Datatilsynet must be notified by ${by}.`,
    ),
  breachDescription: L(
    'En lønseddel blev sendt til en forkert modtager.',
    'A payslip was sent to the wrong recipient.',
  ),
  breachFailed: (why: string) =>
    L(`Bruddet kunne ikke oprettes: ${why}`, `The breach could not be added: ${why}`),
  runningHourly: (instant: string) =>
    L(
      `Kører timejobbet ${instant}, 24 timer efter opdagelsen af bruddet …`,
      `Running the hourly job at ${instant}, 24 hours after the breach was discovered …`,
    ),
  holdingCounts: (c: {
    overdue: number;
    escalated: number;
    dueSoon: number;
    fine: number;
    legalHold: number;
    extended: number;
  }) =>
    L(
      `  ${c.overdue} overskredet (${c.escalated} så længe at de eskaleres), ${c.dueSoon} forfalder snart, ${c.fine} i orden, ${c.legalHold} med tilbageholdelse, ${c.extended} med forlænget frist`,
      `  ${c.overdue} overdue (${c.escalated} long enough to be escalated), ${c.dueSoon} due soon, ${c.fine} fine, ${c.legalHold} on legal hold, ${c.extended} with an extended deadline`,
    ),
  enrolling: L(
    'Tilmelder med demobrugerens Google-identitet (en lokal stand-in for Googles signatur, som kun en lokal server godtager) og synkroniserer med tilføjelsens egen kode (Indstillinger og synkronisering) …',
    'Enrolling with the demo user’s Google identity (a local stand-in for Google’s signature that only a local server accepts) and syncing with the add-on’s own code (Settings & sync) …',
  ),
  addonSaid: (message: string) => L(`  tilføjelsen: ${message}`, `  the add-on: ${message}`),
  confirming: (eve: string) =>
    L(
      `Natten før (${eve}) sendes bekræftelses-e-mails; hver kontakt åbner sit link og trykker Bekræft …`,
      `The night before (${eve}) sends the confirmation emails; each contact opens its link and presses Confirm …`,
    ),
  confirmed: (n: number) => L(`  ${n} adresser bekræftet`, `  ${n} addresses confirmed`),
  running: (runDate: string, instant: string) =>
    L(
      `Kører natjobbet for ${runDate} (cron ${instant}) og venter på køen …`,
      `Running the nightly job for ${runDate} (cron ${instant}) and waiting for the queue …`,
    ),
  writing: L('Skriver påmindelserne …', 'Writing the reminders …'),
  noEmails: L(
    '  Natjobbet sendte ingen påmindelser for denne dato.',
    '  The nightly job sent no reminders for this date.',
  ),
  folder: (path: string) => L(`Påmindelserne ligger i: ${path}`, `The reminders are in: ${path}`),
  /** Issue 16: the loop closed from the inbox. */
  loop: {
    noLinks: L(
      'Ingen påmindelse med to registreringer og svarlinks: svar fra indbakken vises ikke.',
      'No reminder with two holdings and answer links: answers from the inbox are not shown.',
    ),
    deleter: L('Demo-ansvarlig', 'Demo owner'),
    reason: L('Klagesag verserer', 'A complaint is pending'),
    answeredDeleted: (reference: string, status: number) =>
      L(
        `Svar fra e-mailen: »Jeg har slettet det« for ${reference} (siden hentet, formularen sendt: HTTP ${status}).`,
        `Answer from the email: “I have deleted it” for ${reference} (page fetched, form sent: HTTP ${status}).`,
      ),
    answeredExtend: (reference: string, until: string, status: number) =>
      L(
        `Svar fra e-mailen: »Jeg har brug for mere tid« for ${reference} til ${until} (HTTP ${status}).`,
        `Answer from the email: “I need more time” for ${reference} until ${until} (HTTP ${status}).`,
      ),
    synced: (references: string[]) =>
      L(
        `Synkronisér nu skrev svarene i regnearket; nye poster i Sletningsbevis fra e-mail, signeret af workeren: ${references.join(', ') || 'ingen'}.`,
        `Sync now wrote the answers into the sheet; new Deletion log entries from email, signed by the worker: ${references.join(', ') || 'none'}.`,
      ),
    held: (n: number) =>
      L(
        `Svar som workeren stadig opbevarer efter kvitteringen: ${n}.`,
        `Answers the worker still holds after the acknowledgement: ${n}.`,
      ),
    nextNight: (date: string, mails: number, mentioning: number, references: string[]) =>
      L(
        `Natten ${date}: ${mails} e-mails, ${mentioning} nævner ${references.join(' eller ')}: de påmindes ikke længere.`,
        `The night of ${date}: ${mails} emails, ${mentioning} mention ${references.join(' or ')}: they are no longer reminded.`,
      ),
  },
  stopped: (pid: number | null) =>
    L(
      `Den lokale server er stoppet${pid === null ? '' : ` (proces ${pid} findes ikke længere)`}.`,
      `The local worker has stopped${pid === null ? '' : ` (process ${pid} is gone)`}.`,
    ),
  wallTime: (seconds: string) => L(`Færdig på ${seconds} s.`, `Done in ${seconds} s.`),

  // The summary table.
  table: {
    recipient: L('Modtager', 'Recipient'),
    kind: L('Type', 'Kind'),
    items: L('Punkter', 'Items'),
    subject: L('Emne', 'Subject'),
    file: L('Fil', 'File'),
  },
  kinds: {
    digest: L('påmindelse', 'reminder'),
    escalation: L('eskalering', 'escalation'),
    notice: L('besked', 'notice'),
  } as Record<string, Localized>,
  failedSends: (n: number) =>
    L(
      `  ${n} afsendelse(r) mislykkedes i natjobbet og er ikke skrevet ud.`,
      `  ${n} send(s) failed in the nightly job and were not written out.`,
    ),

  // Problems.
  badOutDir: (path: string, detail: string) =>
    L(
      `Mappen til påmindelserne kan ikke oprettes: ${path} (${detail})`,
      `The folder for the reminders cannot be created: ${path} (${detail})`,
    ),
  interrupted: L('Afbrudt: stopper den lokale server …', 'Interrupted: stopping the local worker …'),
  failed: (detail: string) => L(`Demoen mislykkedes: ${detail}`, `The demo failed: ${detail}`),
  insertFailed: (detail: string) =>
    L(`Skabelonen blev ikke indsat: ${detail}`, `The template was not inserted: ${detail}`),
  syncFailed: (detail: string) =>
    L(`Tilmelding eller synkronisering mislykkedes: ${detail}`, `Enrolment or sync failed: ${detail}`),
  // The local worker's problems (cli/local's LocalWorkerError), each in the run's one language;
  // its log lines follow only with ART30_DEBUG.
  worker: {
    startTimeout: (ms: number) =>
      L(
        `Den lokale server startede ikke inden for ${ms} ms.`,
        `The local worker did not start within ${ms} ms.`,
      ),
    startFailed: L('Den lokale server kunne ikke starte.', 'The local worker could not start.'),
    notRunning: L('Den lokale server kører ikke længere.', 'The local worker is no longer running.'),
    runTimeout: (runDate: string, ms: number, registers: string) =>
      L(
        `Natjobbet for ${runDate} blev ikke færdigt inden for ${ms} ms for fortegnelse(r) ${registers}.`,
        `The nightly run for ${runDate} did not finish within ${ms} ms for register(s) ${registers}.`,
      ),
    stillRunning: (pid: number) =>
      L(
        `Den lokale servers procesgruppe ${pid} kører stadig, også efter SIGTERM og SIGKILL.`,
        `The local worker's process group ${pid} is still running, even after SIGTERM and SIGKILL.`,
      ),
  },
  syncIncomplete: (expected: number, got: number) =>
    L(
      `Serveren har ${got} registreringer, men fortegnelsen har ${expected}.`,
      `The worker holds ${got} holdings, but the register has ${expected}.`,
    ),

  // Typed into the demo register.
  extensionReason: L('Verserende klagesag (demo)', 'Pending complaint (demo)'),
  controllerName: L('Demo ApS', 'Demo Ltd'),
} as const;
