// art30 template show --retention-choice: the statutory retention period per profession (the
// psychologist template's records period), chosen from the command line in Danish and English.

import { describe, expect, it } from 'vitest';
import { type CliRun, jsonOf, runCli } from './testing/runCli.ts';

type Shown = { sheets: { activities: Array<{ id: string; retention: string }> } };

const recordsRetention = (run: CliRun) =>
  (jsonOf(run) as Shown).sheets.activities.find((a) => a.id === 'psych-act-01')?.retention;

describe('art30 template show --retention-choice', () => {
  it('keeps client records at least 10 years for doctors, dentists and the other 10-year groups, in Danish and English', async () => {
    const da = await runCli([
      'template',
      'show',
      'psychologist',
      '--retention-choice',
      'psych-act-01=tenYears',
      '--json',
    ]);
    expect(da.status).toBe(0);
    expect(recordsRetention(da)).toMatch(/^Mindst 10 år efter seneste aktivitet i journalen/);
    const en = await runCli([
      'template',
      'show',
      'psychologist',
      '--lang',
      'en',
      '--json',
      '--retention-choice=psych-act-01=tenYears',
    ]);
    expect(en.status).toBe(0);
    expect(recordsRetention(en)).toMatch(/^At least 10 years after the last activity in the record/);
  });

  it("keeps a psychologist's records at least 5 years when no period is chosen", async () => {
    const run = await runCli(['template', 'show', 'psychologist', '--lang', 'en', '--json']);
    expect(recordsRetention(run)).toMatch(/^At least 5 years after the last activity in the record/);
  });

  it('lists the periods to choose from when the template is shown for people', async () => {
    const run = await runCli(['template', 'show', 'psychologist', '--lang', 'en']);
    expect(run.stdout).toContain('psych-act-01=tenYears  Doctors, dentists');
    expect(run.stdout).toContain('psych-act-01=fiveYears  Other authorised health professionals');
  });

  it('refuses an unknown choice or a malformed one with exit code 2, naming the possible choices in the language asked for', async () => {
    const unknown = await runCli([
      'template',
      'show',
      'psychologist',
      '--retention-choice',
      'psych-act-01=twentyYears',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('har ikke opbevaringsvalget "psych-act-01=twentyYears"');
    expect(unknown.stderr).toContain('psych-act-01=tenYears');
    const malformed = await runCli([
      'template',
      'show',
      'psychologist',
      '--lang',
      'en',
      '--retention-choice',
      'tenYears',
    ]);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toContain('--retention-choice takes the form <activity-id>=<choice>');
    const elsewhere = await runCli([
      'template',
      'show',
      'webshop',
      '--lang',
      'en',
      '--retention-choice',
      'psych-act-01=tenYears',
    ]);
    expect(elsewhere.status).toBe(2);
    expect(elsewhere.stderr).toContain('Possible choices: none');
  });

  it('explains the option in art30 template --help in both languages', async () => {
    expect((await runCli(['template', '--help'])).stdout).toContain(
      'vælger en lovbestemt opbevaringsperiode',
    );
    expect((await runCli(['template', '--help', '--lang', 'en'])).stdout).toContain(
      'picks a statutory retention period',
    );
  });
});
