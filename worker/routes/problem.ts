// Every error the API returns is an RFC 9457 problem: application/problem+json with `type`,
// `title`, `detail` and `status`, plus a stable `code` that the add-on maps to its own Danish
// and English messages. The catalogue below is the one place these codes and titles live.

export const PROBLEMS = {
  enrolmentTokenMissing: { status: 401, title: 'Enrolment token missing' },
  enrolmentTokenInvalid: { status: 403, title: 'Enrolment token not accepted' },
  signatureMissing: { status: 401, title: 'Request not signed' },
  signatureExpired: { status: 401, title: 'Request timestamp outside the allowed window' },
  signatureInvalid: { status: 401, title: 'Signature does not match' },
  nonceReplayed: { status: 401, title: 'Request already seen' },
  registerNotFound: { status: 404, title: 'Register not found' },
  spreadsheetMismatch: { status: 403, title: 'Snapshot is from another spreadsheet' },
  unsupportedEncoding: { status: 415, title: 'Unsupported content encoding' },
  payloadTooLarge: { status: 413, title: 'Snapshot too large' },
  bodyNotJson: { status: 400, title: 'Body is not valid JSON' },
  payloadInvalid: { status: 422, title: 'Snapshot does not match the sync payload schema' },
  versionConflict: { status: 409, title: 'Snapshot version conflict' },
  snapshotInProgress: { status: 409, title: 'This snapshot version is being written' },
  notFound: { status: 404, title: 'No such endpoint' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  [extension: string]: unknown;
}

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
