// Every line `art30 operator …` prints to a person, in Danish and English: its help, its usage
// errors and its tables. The operator's own labels (organisation names, domains) are printed as
// given, with control characters removed.

import type { Localized } from '../../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

export const OPERATOR_HELP = L(
  `Brug: art30 operator <handling> [tilvalg]

Styrer en server, som I driver for flere organisationer, gennem dens admin-API (/admin).
Serverens adresse: --url eller ART30_WORKER_URL. Admin-nøglen (serverens ADMIN_TOKEN) læses
kun fra miljøvariablen ART30_ADMIN_TOKEN, aldrig fra kommandolinjen.

  tokens create --org NAVN [--domain DOMÆNE]... [--max-registers N] [--max-enrolments-per-day N]
                        Opret en tilmeldingskode til en organisation; koden vises én gang
  tokens list           Vis koderne (aldrig selve koderne)
  tokens revoke ID      Tilbagekald en kode; den kan ikke tilmelde mere
  registers list [--token ID]
                        Vis tilmeldte fortegnelser (alle, eller én kodes)
  registers revoke ID   Slet en fortegnelse og alt, serveren har om den
  kek rewrap            Genindpak alle fortegnelsers nøgler med den aktuelle KEK-version

Fælles tilvalg: --json, --lang da|en, --help`,
  `Usage: art30 operator <action> [options]

Manages a server you run for several organisations, through its admin API (/admin).
The server's address: --url or ART30_WORKER_URL. The admin token (the server's ADMIN_TOKEN) is
read only from the environment variable ART30_ADMIN_TOKEN, never from the command line.

  tokens create --org NAME [--domain DOMAIN]... [--max-registers N] [--max-enrolments-per-day N]
                        Create an organisation's enrolment token; it is shown once
  tokens list           List the tokens (never the tokens themselves)
  tokens revoke ID      Revoke a token; it enrols nothing more
  registers list [--token ID]
                        List enrolled registers (all, or one token's)
  registers revoke ID   Delete a register and everything the server holds for it
  kek rewrap            Re-wrap every register key under the current KEK version

Common options: --json, --lang da|en, --help`,
);

export const OPERATOR_TEXT = {
  unknownAction: (action: string) =>
    L(
      `Ukendt handling: "${action}". Se "art30 operator --help".`,
      `Unknown action: "${action}". See "art30 operator --help".`,
    ),
  missingUrl: L(
    'Angiv serverens adresse med --url eller ART30_WORKER_URL.',
    "Give the server's address with --url or ART30_WORKER_URL.",
  ),
  badUrl: (url: string) => L(`"${url}" er ikke en http(s)-adresse.`, `"${url}" is not an http(s) address.`),
  missingAdminToken: L(
    'Sæt miljøvariablen ART30_ADMIN_TOKEN til serverens ADMIN_TOKEN.',
    "Set the environment variable ART30_ADMIN_TOKEN to the server's ADMIN_TOKEN.",
  ),
  missingOrg: L('Angiv organisationen med --org.', 'Name the organisation with --org.'),
  missingId: L('Angiv id’et.', 'Give the id.'),
  badNumber: (option: string, value: string) =>
    L(
      `${option} skal være et helt tal, ikke "${value}".`,
      `${option} must be a whole number, not "${value}".`,
    ),
  unreachable: (url: string, detail: string) =>
    L(`Serveren på ${url} svarer ikke (${detail}).`, `The server at ${url} does not answer (${detail}).`),
  refused: (status: number, detail: string) =>
    L(`Serveren afviste (HTTP ${status}): ${detail}`, `The server refused (HTTP ${status}): ${detail}`),
  tokenCreated: (id: string, organisation: string, token: string) =>
    L(
      `Tilmeldingskode ${id} til ${organisation}:\n  ${token}\nGiv den til organisationen ad en sikker vej; den vises ikke igen.`,
      `Enrolment token ${id} for ${organisation}:\n  ${token}\nGive it to the organisation over a channel you trust; it is not shown again.`,
    ),
  tokenRevoked: (id: string) => L(`Kode ${id} er tilbagekaldt.`, `Token ${id} is revoked.`),
  registerRevoked: (id: string) =>
    L(`Fortegnelse ${id} og alt om den er slettet.`, `Register ${id} and everything about it are deleted.`),
  rewrapped: (r: { kekVersion: number; rewrapped: number; unreadable: string[]; remaining: number }) =>
    L(
      `${r.rewrapped} nøgler genindpakket med KEK-version ${r.kekVersion}; ${r.remaining} mangler` +
        (r.unreadable.length > 0 ? ` (kan ikke læses: ${r.unreadable.join(', ')})` : '') +
        '.',
      `${r.rewrapped} keys re-wrapped under KEK version ${r.kekVersion}; ${r.remaining} remain` +
        (r.unreadable.length > 0 ? ` (unreadable: ${r.unreadable.join(', ')})` : '') +
        '.',
    ),
  none: L('(ingen)', '(none)'),
  tokenHeader: L(
    'id\torganisation\tdomæner\tmaks. fortegnelser\tmaks. tilmeldinger/dag\toprettet\ttilbagekaldt',
    'id\torganisation\tdomains\tmax registers\tmax enrolments/day\tcreated\trevoked',
  ),
  registerHeader: L(
    'id\tregneark\tejer\tnavn\toprettet\tseneste synk.\tregistreringer',
    'id\tspreadsheet\towner\tname\tcreated\tlast sync\tholdings',
  ),
  any: L('alle', 'any'),
  never: L('aldrig', 'never'),
} as const;
