import { describe, expect, it } from 'vitest';
import { jsonOf, runCli, spawnCli } from './testing/runCli.ts';

describe('the art30 command line', () => {
  it('prints its help in the language asked for and exits 0', async () => {
    const da = await runCli(['--help']);
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('Brug: art30 <kommando>');
    const en = await runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: art30 <command>');
    expect(en.stdout).toContain('not legal advice');
  });

  it('refuses an unknown command with exit code 2 in Danish, the default language, and in nothing else', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('art30: Ukendt kommando: "frobnicate". Se "art30 --help".\n');
  });

  it('tells a problem only in the language asked for with --lang', async () => {
    const en = await runCli(['frobnicate', '--lang', 'en']);
    expect(en.stderr).toBe('art30: Unknown command: "frobnicate". See "art30 --help".\n');
    const da = await runCli(['validate', '--lang=da']);
    expect(da.status).toBe(2);
    expect(da.stderr).toContain('Angiv en fortegnelse');
    expect(da.stderr).not.toContain('Give a register');
  });

  it('refuses a missing command and an unknown option with exit code 2', async () => {
    expect((await runCli([])).status).toBe(2);
    const run = await runCli(['template', 'list', '--colour', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option: --colour');
  });

  it('keeps --json output to one JSON document even when the command line is wrong', async () => {
    const run = await runCli(['template', 'list', '--bogus', '--json']);
    expect(run.status).toBe(2);
    expect(jsonOf(run)).toMatchObject({ error: { code: 'usage.unknownOption' } });
  });

  it('prints help for every command in both languages and exits 0', async () => {
    const usage: Record<string, string> = {
      retention: 'art30 retention "<',
      validate: 'art30 validate <',
      due: 'art30 due <',
      template: 'art30 template list',
    };
    for (const [command, text] of Object.entries(usage)) {
      const en = await runCli([command, '--help', '--lang', 'en']);
      expect(en.status, command).toBe(0);
      expect(en.stdout, command).toContain(`Usage: ${text}`);
      const da = await runCli([command, '--help', '--lang', 'da']);
      expect(da.stdout, command).toContain(`Brug: ${text}`);
    }
  });
});

// The few runs through the real package bin in a child process: what the in-process runs
// cannot prove (the bin's loader, argv, the exit code and the process's own streams).
describe('the art30 package bin', () => {
  it('runs from its own folder and exits 0 after its help', () => {
    const run = spawnCli(['--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: art30 <command>');
  });

  it("exits with the command's code and keeps --json on stdout, messages on stderr", () => {
    const run = spawnCli(['frobnicate', '--json', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown command: "frobnicate"');
    expect(jsonOf(run)).toMatchObject({ error: { code: 'usage.unknownCommand' } });
  });

  it('reads a register from its standard input and exits 1 when it holds an error', () => {
    const run = spawnCli(['validate', '-', '--json', '--today', '2026-11-25'], {
      input: JSON.stringify({ schemaVersion: 1, lang: 'en', organisation: {}, sheets: {} }),
    });
    expect(run.status).toBe(1);
    expect((jsonOf(run) as { summary: { errors: number } }).summary.errors).toBeGreaterThan(0);
  });
});
