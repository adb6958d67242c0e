// The enrolment token check: the deployment's secret, presented as a bearer token once per
// spreadsheet. Compared in constant time (over SHA-256 digests, so the length of the secret
// does not leak either).

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

export async function isEnrolmentToken(presented: string, secret: string | undefined): Promise<boolean> {
  // An unset secret must never match, not even an empty token.
  if (!secret) return false;
  const [a, b] = await Promise.all([digest(presented), digest(secret)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
