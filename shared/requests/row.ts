// A Requests-sheet row as the request clock reads it: the same reading for Validate, the
// deadlines overview, the export and the sync payload.

import { cellText } from '../register/document.ts';
import type { DocumentRow } from '../register/types.ts';
import { readDateCell } from '../retention/cells.ts';
import { findEntry } from '../vocabularies/index.ts';
import { assessRequest, type RequestAssessment, type RequestFacts } from './deadline.ts';

export function requestFacts(row: DocumentRow): RequestFacts {
  return {
    received: readDateCell(row['received']).value,
    extensionReason: cellText(row['extensionReason']),
    extensionNotified: readDateCell(row['extensionNotified']).value,
    answeredOn: readDateCell(row['answeredOn']).value,
  };
}

/** The request type's vocabulary id ('erasure', 'access', …), or null when unreadable. */
export function requestTypeOf(row: DocumentRow): string | null {
  return findEntry('requestType', cellText(row['type']))?.id ?? null;
}

export function assessRequestRow(row: DocumentRow, today: string, windowDays: number): RequestAssessment {
  return assessRequest(requestFacts(row), today, windowDays);
}
