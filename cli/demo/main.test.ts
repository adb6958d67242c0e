import { describe, expect, it } from 'vitest';
import { CliError } from '../args.ts';
import { type LocalWorker, LocalWorkerError } from '../local/startLocalWorker.ts';
import { type DemoResources, parseDemoArgs, problemText, releaser } from './main.ts';

// 23:30 UTC on 1 March 2026 is already 2 March in Copenhagen.
const LATE_EVENING_UTC = Date.parse('2026-03-01T23:30:00Z');

function refusal(argv: string[]): CliError {
  try {
    parseDemoArgs(argv, '/home/x', LATE_EVENING_UTC);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('The demo’s command line', () => {
  it('runs the temp agency in Danish for today in Copenhagen into demo-out/ by default', () => {
    expect(parseDemoArgs([], '/home/x', LATE_EVENING_UTC)).toEqual({
      runDate: '2026-03-02',
      outDir: '/home/x/demo-out',
      templateId: 'temp-agency',
      lang: 'da',
    });
  });

  it('takes a run date, a folder, a template and a language', () => {
    expect(
      parseDemoArgs(
        ['--date', '2027-01-04', '--out', 'mail', '--template', 'coach', '--lang', 'en'],
        '/home/x',
        LATE_EVENING_UTC,
      ),
    ).toEqual({ runDate: '2027-01-04', outDir: '/home/x/mail', templateId: 'coach', lang: 'en' });
    expect(parseDemoArgs(['--help'])).toBeNull();
  });

  it('refuses an impossible date, an unknown template or language, and stray arguments, in both languages', () => {
    expect(refusal(['--date', '2026-02-30']).text.en).toBe(
      '--date must be a date written YYYY-MM-DD, not "2026-02-30".',
    );
    const template = refusal(['--template', 'bakery']).text;
    expect(template.da).toMatch(/^Ukendt skabelon: "bakery"\. Kendte skabeloner: coach, .*temp-agency/);
    expect(template.en).toMatch(/^Unknown template: "bakery"\./);
    expect(refusal(['--lang', 'de']).code).toBe('usage.badLang');
    expect(refusal(['extra']).code).toBe('usage.tooManyArguments');
    expect(refusal(['--port', '1']).code).toBe('usage.unknownOption');
  });
});

describe('Stopping what the demo started', () => {
  it('stops the worker once however often it is asked, and reports a failure to stop', async () => {
    let stops = 0;
    const worker = {
      async stop() {
        stops++;
        throw new Error('still running');
      },
    } as unknown as LocalWorker;
    const resources: DemoResources = { worker };
    const release = releaser(resources);
    await expect(Promise.all([release(), release()])).rejects.toThrow('still running');
    await expect(release()).rejects.toThrow('still running');
    expect(stops).toBe(1);
  });

  it('has nothing to stop before the worker has started', async () => {
    await expect(releaser({ worker: null })()).resolves.toBeUndefined();
  });

  it('words a local worker that would not stop in the run’s one language, its log left out', () => {
    const error = new LocalWorkerError('stillRunning', { pid: 4242 }, 'workerd: some English log line');
    expect(problemText(error, 'da')).toBe(
      'Den lokale servers procesgruppe 4242 kører stadig, også efter SIGTERM og SIGKILL.',
    );
    expect(problemText(error, 'en')).toBe(
      "The local worker's process group 4242 is still running, even after SIGTERM and SIGKILL.",
    );
    const late = new LocalWorkerError(
      'runTimeout',
      { runDate: '2026-03-02', ms: 60000, registers: ['r1'] },
      '',
    );
    expect(problemText(late, 'da')).toBe(
      'Natjobbet for 2026-03-02 blev ikke færdigt inden for 60000 ms for fortegnelse(r) r1.',
    );
  });
});
