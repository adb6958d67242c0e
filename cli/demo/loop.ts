// The demo's second half (issue 16): the loop closed from the inbox. After the nightly run it
// answers two reminders through the worker's pages exactly as a browser would (GET the page,
// then POST its form): one "I have deleted it", one "I need more time". The add-on's Sync now
// then writes them into the sheet (a Deletion log entry signed by the worker, an extension with
// its reason), and the night a week later, when both would be reminded again, is silent about
// them.

import { join } from 'node:path';
import { unstable_readConfig } from 'wrangler';
import { sheetDef } from '../../shared/register/schema.ts';
import type { Lang } from '../../shared/register/types.ts';
import type { LoadedAddon } from '../../test/addon/harness.ts';
import type { LocalWorker } from '../local/startLocalWorker.ts';
import { DEMO_TEXT } from './messages.ts';

const ROOT = join(import.meta.dirname, '../..');

type Mail = Awaited<ReturnType<LocalWorker['readOutbox']>>[number];

interface Link {
  reference: string;
  deleted: string;
  extend: string;
}

/** The answer links of the first digest that has two holdings with links, with their references. */
export function answerLinks(mails: readonly Mail[]): Link[] {
  for (const mail of mails) {
    const text = mail.body_text ?? '';
    const links: Link[] = [];
    for (const m of text.matchAll(
      // "• Activity – K-2025-017 (Klienter · Helbredsoplysninger): badge": the reference is
      // what comes before the item's group and categories in brackets.
      /• [^\n]* – ([^:\n(]+?)(?: \([^\n]*\))?:[^\n]*\n(?:[^•]*?)\s+[^:\n]+: (\S+\/answer\/\S+)\n\s+[^:\n]+: (\S+\/answer\/\S+)/g,
    )) {
      links.push({ reference: m[1]!.trim(), deleted: m[2]!, extend: m[3]! });
    }
    if (links.length >= 2) return links.slice(0, 2);
  }
  return [];
}

/** GET the page, then POST its form with `fields`, as a browser does; the reply's status. */
async function answer(url: string, origin: string, fields: Record<string, string>): Promise<number> {
  const page = await fetch(url);
  const action = /<form method="post" action="([^"]+)"/.exec(await page.text())?.[1];
  if (page.status !== 200 || !action) return page.status;
  const reply = await fetch(new URL(action, origin), { method: 'POST', body: new URLSearchParams(fields) });
  await reply.text();
  return reply.status;
}

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Runs the loop and says each step; returns the references answered. */
export async function closeTheLoop(
  addon: LoadedAddon,
  worker: LocalWorker,
  mails: readonly Mail[],
  runDate: string,
  lang: Lang,
  say: (line: string) => void,
): Promise<string[]> {
  const [deleted, extended] = answerLinks(mails);
  if (!deleted || !extended) {
    say(DEMO_TEXT.loop.noLinks[lang]);
    return [];
  }
  const { vars } = unstable_readConfig({ config: join(ROOT, 'wrangler.toml') }, { hideWarnings: true });
  const pages = String(vars.PUBLIC_ORIGIN ?? '').replace(/\/$/, '');
  const local = (url: string) =>
    pages && url.startsWith(pages) ? worker.origin + url.slice(pages.length) : url;
  const deletedStatus = await answer(local(deleted.deleted), worker.origin, {
    method: 'deleted',
    deletedBy: DEMO_TEXT.loop.deleter[lang],
  });
  say(DEMO_TEXT.loop.answeredDeleted(deleted.reference, deletedStatus)[lang]);
  const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const extendStatus = await answer(local(extended.extend), worker.origin, {
    until,
    reason: DEMO_TEXT.loop.reason[lang],
  });
  say(DEMO_TEXT.loop.answeredExtend(extended.reference, until, extendStatus)[lang]);

  (addon.ctx as unknown as { syncNow(): unknown }).syncNow();
  const log = addon.ss.sheet(sheetDef('deletionLog').title[lang]).dump();
  const header = log[0]!.map(String);
  const source = header.indexOf(lang === 'da' ? 'Kilde' : 'Source');
  const reference = header.indexOf('Reference');
  const fromEmail = log.slice(1).filter((r) => r[source] === 'email');
  say(DEMO_TEXT.loop.synced(fromEmail.map((r) => String(r[reference])))[lang]);
  const held = await worker.query<{ n: number }>('SELECT count(*) AS n FROM answers');
  say(DEMO_TEXT.loop.held(held[0]?.n ?? 0)[lang]);

  // A week later both would be reminded again (weekly while overdue).
  const nextRun = addDaysIso(runDate, 7);
  await worker.runScheduled(`${nextRun}T02:00:00Z`);
  await worker.waitForRun(nextRun);
  const next = await worker.readOutbox({ runDate: nextRun });
  const refs = [deleted.reference, extended.reference];
  const mentioning = next.filter((m) => refs.some((r) => `${m.body_text}${m.body_html}`.includes(r)));
  say(DEMO_TEXT.loop.nextNight(nextRun, next.length, mentioning.length, refs)[lang]);
  return refs;
}
