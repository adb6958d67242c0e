// The steps the end-to-end tests share before their own: the built add-on talking to the local
// worker over real HTTP, hosted enrolment with an identity token from the worker's stand-in
// issuer, and a nightly run whose emails the test then reads.

import type { LocalAccount } from '../../cli/local/localIdentity.ts';
import type { CapturedEmail, LocalWorker } from '../../cli/local/startLocalWorker.ts';
import { manifestWhitelist } from '../addon/fakes/urlFetch.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { buildDir, type LoadedAddon, loadAddon } from '../addon/harness.ts';

/** The worker origin the test build is configured with (addon/config/test.json). */
export const CONFIGURED_ORIGIN = 'http://127.0.0.1:8787';

/** What enrolRegister and syncNow answer. */
export type Reply = { ok: true; value: { message: string } } | { ok: false; code: string; message: string };

/** A Danish register's add-on whose UrlFetchApp reaches `w` over real HTTP, within the manifest. */
export function addonAgainst(w: LocalWorker): LoadedAddon {
  const addon = loadAddon({ locale: 'da_DK' });
  addon.fakes.UrlFetchApp.useRealHttp({
    whitelist: manifestWhitelist(buildDir('test')),
    // The add-on signs the configured origin's paths; the fake sends them where the worker listens.
    route: (url) => url.replace(CONFIGURED_ORIGIN, w.origin),
  });
  return addon;
}

/** Hosted enrolment: the add-on presents `account`'s Google identity, signed by the local issuer. */
export async function enrolHosted(addon: LoadedAddon, w: LocalWorker, account: LocalAccount): Promise<Reply> {
  addon.fakes.ScriptApp.identityToken = await w.signIdentityToken(account);
  return callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '') as Reply;
}

/** Runs the nightly job at `run.instant`, waits for it, and gives the emails it wrote. */
export async function night(
  w: LocalWorker,
  run: { instant: string; date: string },
): Promise<CapturedEmail[]> {
  await w.runScheduled(run.instant);
  await w.waitForRun(run.date);
  return w.readOutbox({ runDate: run.date });
}
