// What `art30 sync` and `art30 export` say, in Danish and English.

import type { Localized } from '../../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

export const SYNC_MESSAGES = {
  missingKeyFile: L('--key-file <nøglefil.json> skal angives.', '--key-file <key.json> is required.'),
  missingWorker: L(
    '--worker <url> skal angives (nøglefilen nævner ingen).',
    '--worker <url> is required (the key file names none).',
  ),
  missingSheet: L('--sheet <link|id> skal angives.', '--sheet <link|id> is required.'),
  badKeyFile: (path: string) =>
    L(
      `${path} er ikke en nøglefil fra Art30. Hent den i tilføjelsen: Indstillinger og synkronisering ▸ Eksportér nøgle til planlagt synkronisering.`,
      `${path} is not an Art30 key file. Get it in the add-on: Settings & sync ▸ Export key for scheduled sync.`,
    ),
  keyForAnotherSheet: (keySheet: string, sheet: string) =>
    L(
      `Nøglefilen hører til regnearket ${keySheet}, ikke ${sheet}. Hvert regneark har sin egen nøgle.`,
      `The key file belongs to spreadsheet ${keySheet}, not ${sheet}. Each spreadsheet has a key of its own.`,
    ),
  staleKey: (fileVersion: number, current: number | null) =>
    L(
      `Arbejderen kender ikke nøglen i filen (nøgleversion ${fileVersion}${current ? `; den aktuelle er ${current}` : ''}). Nøglen er sandsynligvis skiftet siden eksporten, eller registreringen er afmeldt: eksportér nøglen igen i tilføjelsen (Indstillinger og synkronisering ▸ Eksportér nøgle til planlagt synkronisering).`,
      `The worker does not accept the key in the file (key version ${fileVersion}${current ? `; the current one is ${current}` : ''}). The key has probably been rotated since the export, or the register was disconnected: export the key again in the add-on (Settings & sync ▸ Export key for scheduled sync).`,
    ),
  payloadRefused: (count: number) =>
    L(
      `Fortegnelsen kan ikke synkroniseres, før ${count} række(r) er rettet (intet er sendt):`,
      `The register cannot be synced until ${count} row(s) are fixed (nothing was sent):`,
    ),
  workerRefused: (status: number, detail: string) =>
    L(
      `Arbejderen afviste snapshottet (${status}): ${detail}`,
      `The worker refused the snapshot (${status}): ${detail}`,
    ),
  workerUnreachable: (url: string, detail: string) =>
    L(`Kunne ikke nå arbejderen på ${url}: ${detail}`, `Could not reach the worker at ${url}: ${detail}`),
  clockSkew: L(
    'Arbejderen afviste tidsstemplet: denne maskines ur går mere end 5 minutter forkert. Ret uret og prøv igen.',
    "The worker refused the timestamp: this machine's clock is more than 5 minutes off. Fix the clock and try again.",
  ),
  synced: (title: string, version: number, result: string, holdings: number) =>
    L(
      `Synkroniseret "${title}": version ${version} (${result === 'unchanged' ? 'uændret' : 'skrevet'}), ${holdings} registreringer.`,
      `Synced "${title}": version ${version} (${result}), ${holdings} holdings.`,
    ),
  badExportFormat: (value: string) =>
    L(
      `--format skal være json eller xlsx, ikke "${value}".`,
      `--format must be json or xlsx, not "${value}".`,
    ),
  exported: (path: string) => L(`Skrevet: ${path}`, `Written: ${path}`),
} as const;
