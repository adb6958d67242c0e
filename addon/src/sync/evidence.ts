// The add-on's side of the Deletion log's evidence (issue 16): at every sync it reports the
// log's head to the worker and keeps the heads the worker returns (the anchors Validate checks
// the log against) and the worker's public key, pinned the first time it is seen. Sheet entries
// are signed with the register key (HMAC-SHA256), which only the add-on holds; Validate checks
// those, and the worker's Ed25519 signatures with the pinned key. All in document properties.

import type { EvidenceContext, LogHead } from '../../../shared/register/deletionEvidence.ts';
import { logHead, SHEET_SIGNATURE_PREFIX } from '../../../shared/register/deletionEvidence.ts';
import type { DocumentRow } from '../../../shared/register/types.ts';
import type { EvidenceReply } from '../../../shared/sync/api.ts';
import { base64urlDecode, signedBytesToHex } from '../../../shared/sync/signing.ts';
import { postEvidence } from './client.ts';
import { toAppsScriptBytes } from './signing.ts';
import type { Enrolment } from './state.ts';

const P = {
  anchors: 'art30.evidence.anchors',
  workerKey: 'art30.evidence.workerKey',
  alerts: 'art30.evidence.alerts',
} as const;

export const EVIDENCE_PROPERTY_KEYS = P;

function parse<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Reports the log's head; keeps the heads and alerts the worker returns and pins its key. */
export function reportLogHead(target: Enrolment, deletionLog: readonly DocumentRow[]): EvidenceReply {
  const head = logHead(deletionLog);
  const reply = postEvidence(target.workerUrl, target.registerId, target.key, {
    entries: head.count,
    head: head.hash,
  });
  const props = PropertiesService.getDocumentProperties();
  const pinned = props.getProperty(P.workerKey);
  const heads: LogHead[] = (reply.heads ?? []).filter(
    (h) => Number.isSafeInteger(h.count) && typeof h.hash === 'string',
  );
  props.setProperties({
    [P.anchors]: JSON.stringify(heads.slice(0, 20)),
    [P.alerts]: JSON.stringify((reply.alerts ?? []).slice(0, 20)),
    // Pinned once: a worker that later presents another key cannot vouch for new entries.
    ...(pinned ? {} : { [P.workerKey]: String(reply.signingKey ?? '') }),
  });
  return reply;
}

/** The register key's HMAC-SHA256 of `content`, as hex. */
function hmacHex(keyBase64url: string, content: string): string {
  const key = base64urlDecode(keyBase64url);
  if (!key) return '';
  const bytes = Utilities.newBlob(content).getBytes();
  return signedBytesToHex(Utilities.computeHmacSha256Signature(bytes, toAppsScriptBytes(key)));
}

/** The signature of a sheet entry: the register key's HMAC, or '' when not enrolled. */
export function signSheetEntry(enrolment: Enrolment | null, content: string): string {
  return enrolment ? `${SHEET_SIGNATURE_PREFIX}${hmacHex(enrolment.key, content)}` : '';
}

/** What Validate checks the Deletion log with: the anchors, the pinned key, the register key. */
export function evidenceContext(enrolment: Enrolment | null): EvidenceContext {
  const all = PropertiesService.getDocumentProperties().getProperties();
  return {
    anchors: parse<LogHead[]>(all[P.anchors], []),
    workerPublicKey: all[P.workerKey] || null,
    verifySheetSignature: enrolment ? (content, hex) => hmacHex(enrolment.key, content) === hex : undefined,
  };
}

/** The pinned worker key, for checking an answer before it is written into the sheet. */
export function pinnedWorkerKey(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(P.workerKey) || null;
}
