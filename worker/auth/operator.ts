// The operator's credential: `Authorization: Bearer <ADMIN_TOKEN>` on every /admin/… request,
// checked by one middleware, requireOperator. ADMIN_TOKEN is a Worker secret; when it is unset
// the admin API refuses everything. The comparison is constant-time over SHA-256 digests, so
// neither the token's content nor its length leaks through timing.

import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { Problem } from '../routes/problem.ts';

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Whether `presented` equals `secret`, in constant time; an unset secret matches nothing. */
export async function isSameSecret(presented: string, secret: string | undefined): Promise<boolean> {
  if (!secret) return false;
  const [a, b] = await Promise.all([digest(presented), digest(secret)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** Lets a request through only with the operator's ADMIN_TOKEN. */
export function requireOperator(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) {
      throw new Problem('operatorTokenMissing', 'The admin API needs "Authorization: Bearer <ADMIN_TOKEN>".');
    }
    if (!(await isSameSecret(token, c.env.ADMIN_TOKEN))) {
      throw new Problem('operatorTokenInvalid', "The token is not this server's ADMIN_TOKEN.");
    }
    await next();
  };
}
