// `npm run demo`: the main job on one machine, with no account and no network. Builds the test
// configuration of the add-on, starts the worker locally (wrangler's test harness in a child
// process: workerd, fresh in-memory local D1, MODE=local, and a stand-in for Google's ID-token
// issuer whose key set only a local-mode worker trusts), makes a register from a template in the
// built add-on (Insert template…, then typing owners, contacts and holdings relative to the run
// date), enrols as a hosted user would (the add-on presents the demo user's identity token;
// no enrolment token is typed) and syncs through the add-on's own Settings & sync functions, runs the nightly job for the run date and
// the hourly job at a breach's 24-hour milestone (the breach was discovered the day before at 09:00), writes every captured
// reminder to demo-out/ as .eml and .html, prints a summary table and the folder, and stops the
// worker. The worker is stopped on every way out: success, error, Ctrl+C (SIGINT) and SIGTERM.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { unstable_readConfig } from 'wrangler';
import { addDays, DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Lang } from '../../shared/register/types.ts';
import { listTemplates } from '../../templates/index.ts';
import { stopFetchThread } from '../../test/addon/fakes/urlFetch.ts';
import { buildDir, ensureBuilt } from '../../test/addon/harness.ts';
import { CliError, dateOption, langOption, noExtraPositionals, parseCommandArgs } from '../args.ts';
import { confirmAll } from '../local/confirmLinks.ts';
import { type LocalWorker, LocalWorkerError, startLocalWorker } from '../local/startLocalWorker.ts';
import { fileStem, writeOutbox } from '../outbox/write-eml.ts';
import { addDemoBreach } from './breaches.ts';
import { countGroups, planHoldings } from './holdings.ts';
import { closeTheLoop } from './loop.ts';
import { DEMO_TEXT } from './messages.ts';
import { processGroupAlive } from './processes.ts';
import {
  addonFor,
  DEMO_PEOPLE,
  enrolAndSync,
  fillContacts,
  insertTemplate,
  typeHoldings,
} from './register.ts';
import { addDemoRequest } from './requests.ts';
import { type SummaryRow, summaryTable } from './summary.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const DEFAULT_TEMPLATE = 'temp-agency';
/** The hourly cron of wrangler.toml: the breach reminders (worker/job/scheduled.ts). */
const HOURLY_CRON = '0 * * * *';

export interface DemoOptions {
  runDate: string;
  outDir: string;
  templateId: string;
  lang: Lang;
}

/** The command line, checked; null when --help was asked for. */
export function parseDemoArgs(argv: string[], cwd = process.cwd(), now = Date.now()): DemoOptions | null {
  const { values, positionals } = parseCommandArgs(argv, {
    date: { type: 'string' },
    out: { type: 'string' },
    template: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return null;
  noExtraPositionals(positionals, 0);
  const lang = langOption(values) ?? 'da';
  const templateId = String(values.template ?? DEFAULT_TEMPLATE);
  const known = listTemplates().map((t) => t.id);
  if (!known.includes(templateId)) {
    throw new CliError(DEMO_TEXT.unknownTemplate(templateId, known.join(', ')), 'usage.unknownTemplate');
  }
  return {
    runDate: dateOption(values, 'date') ?? todayInTimeZone(DEFAULT_TIME_ZONE, now),
    outDir: resolve(cwd, String(values.out ?? 'demo-out')),
    templateId,
    lang,
  };
}

/** Removes the reminders of an earlier run (only .eml and .html files directly in the folder). */
function clearOldReminders(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (/\.(eml|html)$/i.test(name)) unlinkSync(join(folder, name));
  }
}

function newestMtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export interface DemoResult {
  outDir: string;
  rows: SummaryRow[];
  workerPid: number | null;
  /** The references answered from the inbox (issue 16's loop). */
  answered: string[];
}

/** What the run has started and must stop on every way out. */
export interface DemoResources {
  worker: LocalWorker | null;
}

/** Stops the worker and the add-on's fetch thread; safe to call more than once. */
export function releaser(resources: DemoResources): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => {
    done ??= (async () => {
      try {
        await resources.worker?.stop();
      } finally {
        await stopFetchThread();
      }
    })();
    return done;
  };
}

/** What went wrong, in the run's language: the local worker's problems are worded here (its
 * log only with ART30_DEBUG); other errors carry their own message. */
export function problemText(error: unknown, lang: Lang): string {
  if (!(error instanceof LocalWorkerError)) return error instanceof Error ? error.message : String(error);
  const { problem, facts } = error;
  const w = DEMO_TEXT.worker;
  if (problem === 'startTimeout') return w.startTimeout(facts.ms ?? 0)[lang];
  if (problem === 'runTimeout')
    return w.runTimeout(facts.runDate ?? '', facts.ms ?? 0, (facts.registers ?? []).join(', '))[lang];
  if (problem === 'stillRunning') return w.stillRunning(facts.pid ?? 0)[lang];
  return w[problem][lang];
}

export async function runDemo(
  options: DemoOptions,
  say: (line: string) => void,
  resources: DemoResources,
): Promise<DemoResult> {
  const { lang, runDate } = options;

  // A folder that cannot be written is found out before anything is built or started.
  try {
    mkdirSync(options.outDir, { recursive: true });
  } catch (error) {
    throw new Error(DEMO_TEXT.badOutDir(options.outDir, (error as Error).message)[lang]);
  }

  buildAddon(lang, say);

  say(DEMO_TEXT.starting[lang]);
  const worker = await startLocalWorker({ vars: { MODE: 'local' } });
  resources.worker = worker;
  const workerPid = worker.pid;
  say(DEMO_TEXT.started(worker.origin, worker.startupMs, workerPid)[lang]);

  const template = listTemplates().find((t) => t.id === options.templateId)!;
  say(DEMO_TEXT.inserting(template.title[lang])[lang]);
  const addon = addonFor(lang, worker.origin);
  const doc = insertTemplate(addon, options.templateId, lang);
  const owners = fillContacts(addon, lang, runDate);
  say(DEMO_TEXT.inserted(doc.sheets.activities?.length ?? 0, owners)[lang]);

  const holdings = planHoldings(doc, { runDate, lang, title: template.title[lang] });
  say(DEMO_TEXT.holdings(runDate, holdings.length)[lang]);
  say(DEMO_TEXT.holdingCounts(countGroups(holdings))[lang]);
  typeHoldings(addon, holdings, lang);
  const request = addDemoRequest(addon, lang, runDate);
  say(DEMO_TEXT.request(request.reference, request.received, request.due)[lang]);
  const breach = addDemoBreach(addon, lang, runDate);
  say(DEMO_TEXT.breach(breach.reference, breach.notifyByText)[lang]);

  say(DEMO_TEXT.enrolling[lang]);
  addon.fakes.ScriptApp.identityToken = await worker.signIdentityToken({
    subject: `demo-${randomBytes(6).toString('hex')}`,
    email: DEMO_PEOPLE[lang].admin,
  });
  const message = enrolAndSync(addon, '', lang);
  say(DEMO_TEXT.addonSaid(message)[lang]);
  const [stored] = await worker.query<{ holding_count: number }>('SELECT holding_count FROM registers');
  if (stored?.holding_count !== holdings.length) {
    throw new Error(DEMO_TEXT.syncIncomplete(holdings.length, stored?.holding_count ?? 0)[lang]);
  }

  // Nobody gets reminders before confirming (issue 15): the night before the run date sends the
  // confirmation emails, and every contact confirms from its page, as the people would.
  const eve = addDays(runDate, -1);
  say(DEMO_TEXT.confirming(eve)[lang]);
  await worker.runScheduled(`${eve}T02:00:00Z`);
  await worker.waitForRun(eve);
  const confirmed = await confirmAll(worker, await worker.readOutbox({ runDate: eve }));
  say(DEMO_TEXT.confirmed(confirmed.length)[lang]);

  // 02:00 UTC is the cron's time (wrangler.toml): 03:00 or 04:00 in Copenhagen, on the run date.
  const instant = `${runDate}T02:00:00Z`;
  say(DEMO_TEXT.running(runDate, instant)[lang]);
  await worker.runScheduled(instant);
  await worker.waitForRun(runDate);
  // The hourly cron (wrangler.toml's second) at the breach's 24-hour milestone.
  const hourly = new Date(breach.remindAt).toISOString();
  say(DEMO_TEXT.runningHourly(hourly)[lang]);
  await worker.runScheduled(hourly, HOURLY_CRON);
  const mails = await worker.readOutbox({ runDate });

  const rows = await writeReminders(mails, options, say);
  const answered = await closeTheLoop(addon, worker, mails, runDate, lang, say);
  return { outDir: options.outDir, rows, workerPid, answered };
}

/** Builds the add-on's test bundle unless it is up to date, and says which. */
function buildAddon(lang: Lang, say: (line: string) => void): void {
  say(DEMO_TEXT.building[lang]);
  const code = join(buildDir('test'), 'Code.js');
  const before = newestMtime(code);
  const buildStarted = performance.now();
  ensureBuilt('test');
  say(
    newestMtime(code) !== before
      ? DEMO_TEXT.built(Math.round(performance.now() - buildStarted))[lang]
      : DEMO_TEXT.upToDate[lang],
  );
}

/** Writes the night's sent reminders as .eml files and says what was written. */
async function writeReminders(
  mails: Awaited<ReturnType<LocalWorker['readOutbox']>>,
  options: DemoOptions,
  say: (line: string) => void,
): Promise<SummaryRow[]> {
  const { lang } = options;
  say(DEMO_TEXT.writing[lang]);
  clearOldReminders(options.outDir);
  const { vars } = unstable_readConfig({ config: join(ROOT, 'wrangler.toml') }, { hideWarnings: true });
  const written = await writeOutbox(mails, options.outDir, {
    from: String(vars.SENDER_ADDRESS ?? 'reminders@example.org'),
    fromName: vars.PRODUCT_NAME === undefined ? undefined : String(vars.PRODUCT_NAME),
  });
  const rows: SummaryRow[] = mails
    .filter((m) => m.status === 'sent' && m.body_html !== null)
    .map((m) => ({
      recipient: m.recipient,
      kind: m.kind,
      items: m.items.length,
      subject: m.subject,
      file: `${basename(fileStem(m))}.eml`,
    }));
  if (rows.length === 0) say(DEMO_TEXT.noEmails[lang]);
  else for (const line of summaryTable(rows, lang)) say(line);
  if (written.skippedFailed > 0) say(DEMO_TEXT.failedSends(written.skippedFailed)[lang]);
  say(DEMO_TEXT.folder(options.outDir)[lang]);
  return rows;
}

async function main(argv: string[]): Promise<number> {
  let options: DemoOptions | null;
  try {
    options = parseDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const asked = askedLang(argv);
    process.stderr.write(`art30 demo: ${error.text[asked ?? 'da']}\n`);
    return 2;
  }
  if (options === null) {
    process.stdout.write(`${DEMO_TEXT.help[askedLang(argv) ?? 'da']}\n`);
    return 0;
  }
  const { lang } = options;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const resources: DemoResources = { worker: null };
  const release = releaser(resources);
  // A worker still starting is killed by cli/local's own exit hook.
  let interruptedWith: number | null = null;
  const interrupt = (code: number) => {
    interruptedWith = code;
    process.stderr.write(`\n${DEMO_TEXT.interrupted[lang]}\n`);
    void release()
      .catch(() => undefined)
      .finally(() => process.exit(code));
  };
  process.once('SIGINT', () => interrupt(130));
  process.once('SIGTERM', () => interrupt(143));

  let workerPid: number | null = null;
  try {
    const result = await runDemo(options, say, resources);
    workerPid = result.workerPid;
  } catch (error) {
    // A step cut short by Ctrl+C fails as a matter of course: the interruption is the news.
    if (interruptedWith !== null) {
      await release().catch(() => undefined);
      return interruptedWith;
    }
    process.stderr.write(`${DEMO_TEXT.failed(problemText(error, lang))[lang]}\n`);
    if (process.env.ART30_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    await release().catch(() => undefined);
    return 1;
  }
  try {
    await release();
  } catch (error) {
    process.stderr.write(`${DEMO_TEXT.failed(problemText(error, lang))[lang]}\n`);
    if (process.env.ART30_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
  say(DEMO_TEXT.stopped(workerPid !== null && !processGroupAlive(workerPid) ? workerPid : null)[lang]);
  // performance.now() counts from the start of this process, module loading included.
  say(DEMO_TEXT.wallTime((performance.now() / 1000).toFixed(1))[lang]);
  return 0;
}

/** The language asked for with --lang, if it is one, for messages about the command line itself. */
function askedLang(argv: string[]): Lang | null {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return null;
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'da' || value === 'en' ? value : null;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = await main(process.argv.slice(2));
}
