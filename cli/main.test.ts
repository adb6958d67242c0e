import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './testing/runCli.ts';

describe('the art30 command line', () => {
  it('prints its help in the language asked for and exits 0', () => {
    const da = runCli(['--help']);
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('Brug: art30 <kommando>');
    const en = runCli(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: art30 <command>');
    expect(en.stdout).toContain('not legal advice');
  });

  it('refuses an unknown command with exit code 2 in Danish, the default language, and in nothing else', () => {
    const run = runCli(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('art30: Ukendt kommando: "frobnicate". Se "art30 --help".\n');
  });

  it('tells a problem only in the language asked for with --lang', () => {
    const en = runCli(['frobnicate', '--lang', 'en']);
    expect(en.stderr).toBe('art30: Unknown command: "frobnicate". See "art30 --help".\n');
    const da = runCli(['validate', '--lang=da']);
    expect(da.status).toBe(2);
    expect(da.stderr).toContain('Angiv en fortegnelse');
    expect(da.stderr).not.toContain('Give a register');
  });

  it('refuses a missing command and an unknown option with exit code 2', () => {
    expect(runCli([]).status).toBe(2);
    const run = runCli(['template', 'list', '--colour', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option: --colour');
  });

  it('keeps --json output to one JSON document even when the command line is wrong', () => {
    const run = runCli(['template', 'list', '--bogus', '--json']);
    expect(run.status).toBe(2);
    expect(jsonOf(run)).toMatchObject({ error: { code: 'usage.unknownOption' } });
  });

  it('prints help for every command in both languages and exits 0', () => {
    const usage: Record<string, string> = {
      retention: 'art30 retention "<',
      validate: 'art30 validate <',
      due: 'art30 due <',
      template: 'art30 template list',
    };
    for (const [command, text] of Object.entries(usage)) {
      const en = runCli([command, '--help', '--lang', 'en']);
      expect(en.status, command).toBe(0);
      expect(en.stdout, command).toContain(`Usage: ${text}`);
      const da = runCli([command, '--help', '--lang', 'da']);
      expect(da.stdout, command).toContain(`Brug: ${text}`);
    }
  }, 120_000);

  it('runs as the package bin from its own folder', () => {
    const run = runCli(['--help', '--lang', 'en'], { bin: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: art30 <command>');
  });
});
