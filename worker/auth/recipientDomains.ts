// An organisation's enrolment token may name the domains its reminders may go to. A snapshot of
// a register enrolled with such a token is refused when any address in it (the admin, the
// escalation contact, an activity's owner) is outside those domains, so a token handed to one
// organisation cannot be used to send reminders to anyone else. Registers of Google accounts
// and tokens without domains are not restricted here (confirming addresses is issue 14's
// second half).

import type { SyncPayload } from '../../shared/sync/types.ts';
import { findToken } from '../store/enrolmentTokens.ts';
import type { EnrolledRegister } from '../store/registers.ts';

/** The domain of an address, lower-cased. */
function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Each address outside `domains`, as "path: address". Empty domains allow everything. */
export function addressesOutside(payload: SyncPayload, domains: readonly string[]): string[] {
  if (domains.length === 0) return [];
  const addresses: [string, string | null | undefined][] = [
    ['register.adminEmail', payload.register.adminEmail],
    ['register.escalationEmail', payload.register.escalationEmail],
    ...payload.activities.map((a, i): [string, string | null | undefined] => [
      `activities[${i}].ownerEmail`,
      a.ownerEmail,
    ]),
  ];
  return addresses
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .filter(([, address]) => !domains.includes(domainOf(address)))
    .map(
      ([path, address]) =>
        `${path}: ${address} is not in the organisation's allowed domains (${domains.join(', ')})`,
    );
}

/** The refusals for a snapshot of `register`: none unless its token names domains. */
export async function recipientRefusals(
  db: D1Database,
  register: EnrolledRegister,
  payload: SyncPayload,
): Promise<string[]> {
  if (!register.owner?.startsWith('token:')) return [];
  const token = await findToken(db, register.owner.slice('token:'.length));
  return token ? addressesOutside(payload, token.allowedDomains) : [];
}
