// Every error the API returns is an RFC 9457 problem: application/problem+json with `type`,
// `title`, `detail` and `status`, plus a stable `code` that the add-on maps to its own Danish
// and English messages. The codes and titles live once, in shared/sync/api.ts.

import { PROBLEMS, type ProblemBody, type ProblemCode } from '../../shared/sync/api.ts';

export { PROBLEMS, type ProblemBody, type ProblemCode };

/** Thrown by handlers and middleware; the app's error handler turns it into a response. */
export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(`${code}: ${detail}`);
  }

  get status(): number {
    return PROBLEMS[this.code].status;
  }

  body(): ProblemBody {
    return {
      type: `tag:art30,2026:problem:${this.code}`,
      title: PROBLEMS[this.code].title,
      status: this.status,
      detail: this.detail,
      code: this.code,
      ...this.extensions,
    };
  }

  response(): Response {
    return new Response(JSON.stringify(this.body()), {
      status: this.status,
      headers: { 'content-type': 'application/problem+json; charset=utf-8' },
    });
  }
}
