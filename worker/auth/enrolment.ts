// Who may enrol, and within which caps. Two ways in:
// - hosted: a Google ID token (IDENTITY_HEADER) verified by auth/identity.ts; the owner is the
//   Google account ('google:<sub>'), with the deployment's per-account caps;
// - operator: an organisation's enrolment token (`Authorization: Bearer art30_…`), looked up by
//   its SHA-256 and refused when revoked; the owner is the token ('token:<id>'), with its caps.
// The one shared deployment token of the first version is gone.

import { IDENTITY_HEADER } from '../../shared/sync/api.ts';
import type { Env } from '../env.ts';
import { Problem } from '../routes/problem.ts';
import { findLiveToken } from '../store/enrolmentTokens.ts';
import { IdentityRefused, verifyIdentityToken } from './identity.ts';
import { bearerToken } from './operator.ts';

/** Whoever enrols: the owner of the register it makes, and that owner's caps. */
export interface Enrollee {
  owner: string;
  ownerEmail: string | null;
  maxRegisters: number;
  maxEnrolmentsPerDay: number;
}

/** A cap from configuration: a whole number ≥ 0, or a loud configuration error. */
function capOf(name: 'MAX_REGISTERS_PER_ACCOUNT' | 'MAX_ENROLMENTS_PER_ACCOUNT_PER_DAY', env: Env): number {
  const value = Number(env[name]);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`wrangler.toml var ${name} must be a whole number, got "${env[name]}"`);
  }
  return value;
}

async function byIdentity(token: string, env: Env): Promise<Enrollee> {
  if (!env.GOOGLE_CLIENT_ID) {
    throw new Problem(
      'identityNotAccepted',
      'This server does not enrol by Google sign-in. Ask its operator for an enrolment token.',
    );
  }
  try {
    const identity = await verifyIdentityToken(token, env);
    return {
      owner: `google:${identity.subject}`,
      ownerEmail: identity.email,
      maxRegisters: capOf('MAX_REGISTERS_PER_ACCOUNT', env),
      maxEnrolmentsPerDay: capOf('MAX_ENROLMENTS_PER_ACCOUNT_PER_DAY', env),
    };
  } catch (error) {
    if (!(error instanceof IdentityRefused)) throw error;
    if (error.reason === 'keysUnavailable')
      throw new Problem('identityKeysUnavailable', `${error.message} Try again later.`);
    throw new Problem('identityTokenInvalid', error.message);
  }
}

async function byToken(token: string, db: D1Database): Promise<Enrollee> {
  const record = await findLiveToken(db, token);
  if (!record) {
    throw new Problem(
      'enrolmentTokenInvalid',
      'The enrolment token is not one this server issued, or it was revoked. Ask the operator for a new one.',
    );
  }
  return {
    owner: `token:${record.id}`,
    ownerEmail: null,
    maxRegisters: record.maxRegisters,
    maxEnrolmentsPerDay: record.maxEnrolmentsPerDay,
  };
}

/** Who is enrolling, from the request's credentials; a Problem when there are none or they fail. */
export async function whoEnrols(
  header: (name: string) => string | undefined,
  env: Env,
  db: D1Database,
): Promise<Enrollee> {
  const token = bearerToken(header('authorization'));
  if (token) return byToken(token, db);
  const identity = header(IDENTITY_HEADER)?.trim();
  if (identity) return byIdentity(identity, env);
  throw new Problem(
    'identityTokenMissing',
    `Enrolment needs the Google identity token in ${IDENTITY_HEADER} (the add-on sends it once the user ` +
      'has granted the "openid" permission) or an enrolment token as "Authorization: Bearer <token>".',
  );
}
