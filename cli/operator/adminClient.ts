// The admin API's client for `art30 operator`: one authenticated request to the worker's
// /admin/… (Authorization: Bearer ART30_ADMIN_TOKEN), its JSON reply, or an OperatorFailure
// saying why (unreachable, or the server's problem+json detail).

export class OperatorFailure extends Error {
  constructor(
    readonly kind: 'unreachable' | 'refused',
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface AdminTarget {
  /** The worker's origin, e.g. https://art30.example.dk (a trailing slash is fine). */
  url: string;
  adminToken: string;
}

export async function adminRequest<T>(
  target: AdminTarget,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${target.url.replace(/\/+$/, '')}/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${target.adminToken}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new OperatorFailure('unreachable', 0, cause ?? (error as Error).message);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: told below as the status alone
  }
  if (!response.ok) {
    const detail = (json as { detail?: unknown } | null)?.detail;
    throw new OperatorFailure(
      'refused',
      response.status,
      typeof detail === 'string' ? detail : text.slice(0, 200),
    );
  }
  return json as T;
}
