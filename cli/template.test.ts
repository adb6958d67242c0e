import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonOf, ROOT, runCli } from './testing/runCli.ts';

const installed = existsSync(`${ROOT}templates/index.ts`);

describe('art30 template', () => {
  it('lists one entry per template and language, as JSON an array of {id, title, lang, kind}', async () => {
    const run = await runCli(['template', 'list', '--json']);
    expect(run.status).toBe(0);
    const entries = jsonOf(run) as Array<Record<string, unknown>>;
    expect(Array.isArray(entries)).toBe(true);
    for (const e of entries) {
      expect(Object.keys(e).sort()).toEqual(['id', 'kind', 'lang', 'title']);
      expect(['da', 'en']).toContain(e.lang);
    }
    if (!installed) expect(entries).toEqual([]);
  });

  it('says plainly when a template cannot be shown', async () => {
    const run = await runCli(['template', 'show', 'no-such-template', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      installed ? /Unknown template: "no-such-template"/ : /No templates are installed/,
    );
  });

  it('refuses a missing or unknown subcommand with exit code 2', async () => {
    expect((await runCli(['template'])).status).toBe(2);
    expect((await runCli(['template', 'delete', 'x'])).status).toBe(2);
    expect((await runCli(['template', 'show'])).status).toBe(2);
  });

  it('shows a template as a register that art30 validate accepts with no errors, in both languages', async () => {
    const list = jsonOf(await runCli(['template', 'list', '--json'])) as Array<{ id: string; lang: string }>;
    // The templates' own tests validate every template; here the CLI's path is proven on the first.
    const first = list.filter((t) => t.id === list[0]?.id);
    expect(first.length).toBe(installed ? 2 : 0);
    for (const { id, lang } of first) {
      const shown = await runCli(['template', 'show', id, '--lang', lang, '--json']);
      expect(shown.status, `${id} ${lang}`).toBe(0);
      expect((jsonOf(shown) as { lang: string }).lang).toBe(lang);
      const validated = await runCli(['validate', '-', '--json', '--today', '2026-11-25'], {
        input: shown.stdout,
      });
      expect(validated.status, `${id} ${lang}`).toBe(0);
      expect((jsonOf(validated) as { summary: { errors: number } }).summary.errors, `${id} ${lang}`).toBe(0);
    }
  });

  it('shows a template for people as its title and activities', async () => {
    const list = jsonOf(await runCli(['template', 'list', '--json', '--lang', 'en'])) as Array<{
      id: string;
      title: string;
    }>;
    if (!installed) return expect(list).toEqual([]);
    const run = await runCli(['template', 'show', list[0].id, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(list[0].title);
    expect(run.stdout).toMatch(/\d+ processing activities/);
  });
});
