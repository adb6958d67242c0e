// `npm run demo` end to end, as a person runs it: the demo's own process (cli/demo/main.ts)
// builds the add-on, starts the worker locally, makes the register in the built add-on, syncs,
// runs the nightly job at a FIXED date and writes the reminders into a temporary folder. The
// test reads what a person would look at (the summary table, the folder) and checks that the
// process it started is gone. Ctrl+C in the middle of a run stops the worker too.

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHoldings } from '../cli/demo/holdings.ts';
import { processGroupAlive } from '../cli/demo/processes.ts';
import { DEMO_PEOPLE } from '../cli/demo/register.ts';
import { listTemplates, loadTemplate } from '../templates/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUN_DATE = '2026-03-02';
const OWNERS = DEMO_PEOPLE.da.owners;
const ESCALATION = DEMO_PEOPLE.da.escalation;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function startDemo(args: string[]): { child: ChildProcess; done: Promise<Run>; stdout: () => string } {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/demo/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'Europe/Copenhagen' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => {
    stdout += b.toString('utf8');
  });
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString('utf8');
  });
  const done = new Promise<Run>((res) => {
    child.on('close', (code, signal) =>
      res({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) }),
    );
  });
  return { child, done, stdout: () => stdout };
}

/** The pid the demo reported for its local worker ("… proces 1234)"). */
function reportedPid(stdout: string): number {
  const m = /kører på http:\/\/127\.0\.0\.1:\d+ \(startet på \d+ ms, proces (\d+)\)/.exec(stdout);
  if (!m) throw new Error(`the demo reported no worker process:\n${stdout}`);
  return Number(m[1]);
}

/** The summary table's rows: recipient, kind, items, subject, file. */
function tableRows(
  stdout: string,
): { recipient: string; kind: string; items: number; subject: string; file: string }[] {
  const lines = stdout.split('\n');
  const header = lines.findIndex((l) => /^Modtager\s+Type\s+Punkter\s+Emne\s+Fil$/.test(l));
  if (header < 0) throw new Error(`no summary table in:\n${stdout}`);
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    const m = /^(\S+@\S+)\s+(\S+)\s+(\d+)\s+(.+?)\s+(\S+\.eml)$/.exec(line);
    if (!m) break;
    rows.push({ recipient: m[1], kind: m[2], items: Number(m[3]), subject: m[4], file: m[5] });
  }
  return rows;
}

let out: string;
let run: Run;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'art30-demo-out-'));
  // A reminder left from an earlier run is cleared; anything else in the folder is left alone.
  writeFileSync(join(out, 'old_reminder.eml'), 'stale');
  writeFileSync(join(out, 'notes.txt'), 'mine');
  run = await startDemo(['--out', out, '--date', RUN_DATE]).done;
  console.info(
    `npm run demo took ${run.ms} ms (${/Færdig på [\d.]+ s/.exec(run.stdout)?.[0] ?? 'no end line'})`,
  );
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('closes the loop from the inbox: one deletion and one extension answered through the pages, written into the sheet by Sync now, and silent the week after', () => {
    const deleted =
      /Svar fra e-mailen: »Jeg har slettet det« for (\S+) \(siden hentet, formularen sendt: HTTP 200\)\./.exec(
        run.stdout,
      );
    const extended =
      /Svar fra e-mailen: »Jeg har brug for mere tid« for (\S+) til \d{4}-\d{2}-\d{2} \(HTTP 200\)\./.exec(
        run.stdout,
      );
    expect(deleted).not.toBeNull();
    expect(extended).not.toBeNull();
    expect(run.stdout).toContain(
      `nye poster i Sletningsbevis fra e-mail, signeret af workeren: ${deleted![1]}.`,
    );
    expect(run.stdout).toContain('Svar som workeren stadig opbevarer efter kvitteringen: 0.');
    expect(run.stdout).toMatch(
      new RegExp(
        `Natten 2026-03-09: \\d+ e-mails, 0 nævner ${deleted![1]} eller ${extended![1]}: de påmindes ikke længere\\.`,
      ),
    );
  });

  it('syncs the template’s activities and nothing more: the contacts are typed into its rows, not into the blank rows below', () => {
    const template = loadTemplate('temp-agency', 'da');
    const activities = template.sheets.activities?.length ?? 0;
    expect(activities).toBeGreaterThan(0);
    expect(run.stdout).toMatch(new RegExp(`Synkroniseret: ${activities} aktiviteter, \\d+ registreringer`));
  });

  it('exits 0 after writing every reminder of the run date as .eml and .html, listed in the summary table with the folder’s path', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = tableRows(run.stdout);
    expect(rows.map((r) => `${r.kind} ${r.recipient}`).sort()).toEqual(
      [
        ...OWNERS.map((o) => `påmindelse ${o}`),
        `eskalering ${ESCALATION}`,
        // The breach discovered on Sunday 1 March at 09:00, reminded by the hourly job 24 hours on.
        `besked ${OWNERS[1]}`,
        `besked ${ESCALATION}`,
      ].sort(),
    );
    // Aware Sunday 1 March 09:00: Datatilsynet by Wednesday 4 March 09:00 (the table cuts the
    // subject; the message says it whole, and never the breach's description).
    const notices = rows.filter((r) => r.kind === 'besked');
    expect(notices).toHaveLength(2);
    for (const notice of notices) {
      expect(notice.items).toBe(1);
      expect(notice.subject).toBe(
        'Brud BRUD-2026-001: Datatilsynet skal have besked senest onsdag 4. marts 2026 kl. 0…',
      );
      const html = readFileSync(join(out, notice.file.replace(/\.eml$/, '.html')), 'utf8');
      expect(html).toContain('senest onsdag 4. marts 2026 kl. 09:00');
      expect(html).not.toContain('lønseddel');
    }
    // 8 overdue + 6 due soon + 1 extended into the window, each in its owner's digest, and the
    // one open data-subject request due soon in the first owner's; 3 escalated.
    expect(rows.filter((r) => r.kind === 'påmindelse').reduce((n, r) => n + r.items, 0)).toBe(16);
    expect(rows.find((r) => r.kind === 'eskalering')?.items).toBe(3);
    expect(rows.find((r) => r.kind === 'eskalering')?.subject).toBe(
      'Eskalering: 3 sletninger langt over fristen – Vikarbureau',
    );
    expect(run.stdout).toContain(`Påmindelserne ligger i: ${out}\n`);

    const files = readdirSync(out).sort();
    expect(files).toEqual(
      [...rows.flatMap((r) => [r.file, r.file.replace(/\.eml$/, '.html')]), 'notes.txt'].sort(),
    );
    for (const row of rows) {
      const eml = readFileSync(join(out, row.file), 'utf8');
      expect(eml).toContain(`To: <${row.recipient}>\r\n`);
      expect(eml).toMatch(/^From: "Art30" <reminders@example\.org>\r\n/);
      expect(eml).toContain('Content-Type: multipart/alternative;');
      expect(eml).toContain('Content-Type: text/html; charset=UTF-8');
      const html = readFileSync(join(out, row.file.replace(/\.eml$/, '.html')), 'utf8');
      // Digests and escalations list their items in a table; a breach notice is one message.
      if (row.kind !== 'besked') expect(html).toContain('<table');
    }
  });

  it('reminds each owner of exactly their holdings that are overdue or due soon on the run date, escalates the long-overdue ones, and never mentions a fine holding or one on legal hold', () => {
    const title = listTemplates().find((t) => t.id === 'temp-agency')!.title.da;
    const doc = loadTemplate('temp-agency', 'da');
    const holdings = planHoldings(doc, { runDate: RUN_DATE, lang: 'da', title });
    const ownerOf = new Map(
      doc.sheets.activities!.map((a, i) => [String(a.name), OWNERS[i % OWNERS.length]]),
    );
    const html = Object.fromEntries(
      tableRows(run.stdout).map((r) => [
        `${r.kind} ${r.recipient}`,
        readFileSync(join(out, r.file.replace(/\.eml$/, '.html')), 'utf8'),
      ]),
    );
    for (const h of holdings) {
      const mentioned = Object.keys(html)
        .filter((key) => new RegExp(`${h.reference}(?!\\d)`).test(html[key]))
        .sort();
      const expected: string[] = [];
      if (h.group === 'overdue' || h.group === 'dueSoon' || h.group === 'extended')
        expected.push(`påmindelse ${ownerOf.get(h.activity)}`);
      if (h.escalated) expected.push(`eskalering ${ESCALATION}`);
      expect(mentioned, `${h.reference} (${h.group})`).toEqual(expected.sort());
    }
  });

  it('leaves no process running: the local worker it reported is gone', () => {
    const pid = reportedPid(run.stdout);
    expect(processGroupAlive(pid)).toBe(false);
    expect(run.stdout).toContain(`Den lokale server er stoppet (proces ${pid} findes ikke længere).`);
  });

  it('Ctrl+C during a run stops the local worker and exits with 130, writing nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'art30-demo-int-'));
    try {
      const demo = startDemo(['--out', folder, '--date', RUN_DATE]);
      // Waits for the event, however long a loaded machine takes; the test timeout bounds it.
      while (!/proces \d+\)/.test(demo.stdout())) {
        if (demo.child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const pid = reportedPid(demo.stdout());
      expect(processGroupAlive(pid)).toBe(true);
      demo.child.kill('SIGINT');
      const ended = await demo.done;
      expect(ended.code).toBe(130);
      expect(ended.stderr.trim()).toBe('Afbrudt: stopper den lokale server …');
      expect(processGroupAlive(pid)).toBe(false);
      expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says so and starts nothing when the folder for the reminders cannot be created', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'art30-demo-file-')), 'a-file');
    writeFileSync(file, 'not a folder');
    try {
      const ended = await startDemo(['--out', join(file, 'mail'), '--date', RUN_DATE]).done;
      expect(ended.code).toBe(1);
      expect(ended.stderr).toContain(
        `Demoen mislykkedes: Mappen til påmindelserne kan ikke oprettes: ${join(file, 'mail')}`,
      );
      expect(ended.stdout).not.toContain('Starter serveren');
    } finally {
      rmSync(resolve(file, '..'), { recursive: true, force: true });
    }
  });

  it('refuses a run date that is no date before starting anything, in Danish unless --lang en asks for English', async () => {
    const ended = await startDemo(['--date', '2026-02-30']).done;
    expect(ended.code).toBe(2);
    expect(ended.stderr).toBe('art30 demo: --date skal være en dato som ÅÅÅÅ-MM-DD, ikke "2026-02-30".\n');
    expect(ended.stdout).toBe('');
    const english = await startDemo(['--date', '2026-02-30', '--lang', 'en']).done;
    expect(english.code).toBe(2);
    expect(english.stderr).toBe('art30 demo: --date must be a date written YYYY-MM-DD, not "2026-02-30".\n');
  });
});
