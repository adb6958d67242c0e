// The operator's admin API (/admin/…) is authenticated by one bearer token, the Worker secret
// ADMIN_TOKEN, compared in constant time. This is the smallest version the key re-wrap route
// needs; the enrolment branch (issue 14, "who may enrol") owns this file.

import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { Problem } from '../routes/problem.ts';
import { bearerToken, isEnrolmentToken } from './enrolment.ts';

/** Lets the request through only with "Authorization: Bearer <ADMIN_TOKEN>". */
export function requireOperator(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    // isEnrolmentToken is the constant-time comparison of a presented token with a secret; an
    // unset secret matches nothing.
    if (!token || !(await isEnrolmentToken(token, c.env.ADMIN_TOKEN))) {
      throw new Problem('operatorTokenInvalid', 'The admin API needs "Authorization: Bearer <ADMIN_TOKEN>".');
    }
    await next();
  };
}
