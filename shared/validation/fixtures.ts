// A small, complete register for tests: it validates without issues, so a test can change one
// thing and expect exactly the issue that change should cause.

import { appendDeletionEntry, type DeletionLogRow } from '../register/deletionLog.ts';
import type { DocumentRow, RegisterDocument, TableSheetId } from '../register/types.ts';

export const TODAY = '2026-11-25';

export function completeRegister(): RegisterDocument {
  const deletionLog: DeletionLogRow[] = [];
  for (const [n, ref] of [
    [1, 'K-001'],
    [2, 'K-002'],
  ] as const) {
    deletionLog.push(
      appendDeletionEntry(deletionLog, {
        holdingId: `h${n}`,
        reference: ref,
        activity: 'Lønadministration',
        rule: '5 år fra udgangen af regnskabsåret',
        due: '2026-12-31',
        deletedOn: '2026-11-01',
        deletedBy: 'ida@firma.dk',
        method: 'Slettet',
      }),
    );
  }
  return {
    schemaVersion: 1,
    lang: 'da',
    organisation: {
      registerName: 'Firma ApS',
      role: 'Dataansvarlig',
      controllerName: 'Firma ApS',
      controllerAddress: 'Vestergade 1, 8000 Aarhus C',
      controllerEmail: 'kontakt@firma.dk',
      isPublicAuthority: false,
      dpoName: 'Ingen',
      adminEmail: 'admin@firma.dk',
      dueSoonDays: 14,
    },
    sheets: {
      activities: [
        {
          id: 'a1',
          name: 'Lønadministration',
          purpose: 'Udbetaling af løn',
          owner: 'ida@firma.dk',
          legalBases: 'Retlig forpligtelse (art. 6(1)(c)), Kontrakt (art. 6(1)(b))',
          cprBasis: 'DBL § 11(2)(1) lovhjemmel',
          dpiaStatus: 'Ikke nødvendig',
          systems: 'Lønsystemet',
          securityMeasures: 'Adgangsstyring, To-faktor-login',
          retention: '5 år fra udgangen af regnskabsåret',
          lastReview: '2026-06-01',
        },
      ],
      dataCategories: [
        {
          id: 'd1',
          activityId: 'a1',
          activity: 'Lønadministration',
          subjectGroup: 'Medarbejdere',
          dataCategories: 'Navn, Kontaktoplysninger, Løn, Bankkonto, CPR-nummer',
          sensitivity: 'Almindelige, CPR-nummer (DBL § 11)',
          recipients: 'Løn A/S, Skattestyrelsen',
          thirdCountries: 'Ingen',
        },
      ],
      recipients: [
        {
          id: 'r1',
          name: 'Løn A/S',
          type: 'Databehandler',
          category: 'Lønsystem',
          country: 'Danmark',
          dpaDate: '2025-01-10',
        },
        {
          id: 'r2',
          name: 'Skattestyrelsen',
          type: 'Offentlig myndighed',
          category: 'Skattemyndighed',
          country: 'Danmark',
        },
      ],
      systems: [
        { id: 's1', name: 'Lønsystemet', type: 'Cloudtjeneste', processor: 'Løn A/S', country: 'Danmark' },
      ],
      securityMeasures: [
        { id: 'm1', name: 'Adgangsstyring', type: 'Teknisk', description: 'Kun løn har adgang' },
        { id: 'm2', name: 'To-faktor-login', type: 'Teknisk', description: 'Alle konti' },
      ],
      retentionLog: [
        {
          id: 'h3',
          reference: 'K-003',
          activityId: 'a1',
          activity: 'Lønadministration',
          relationshipEnded: '2025-03-31',
        },
      ],
      deletionLog,
    },
  };
}

/** A copy of the complete register with `change` applied to it. */
export function registerWith(change: (doc: RegisterDocument) => void): RegisterDocument {
  const doc = completeRegister();
  change(doc);
  return doc;
}

/** The first row of a sheet, for tests to change. */
export function first(doc: RegisterDocument, sheet: TableSheetId): DocumentRow {
  return doc.sheets[sheet]![0]!;
}
