// The register-wide settings the retention logic needs, read from the Organisation sheet
// with defaults: language, role, financial-year end, the due-soon window and the contacts.
// The sheet, the CLI and the worker read them here, so they all use the same values.

import { daysInMonth } from '../calendar/civilDate.ts';
import { readBooleanCell } from '../retention/cells.ts';
import { findEntry } from '../vocabularies/index.ts';
import { cellText } from './document.ts';
import type { RegisterRole } from './schema.ts';
import type { Lang, RegisterDocument } from './types.ts';

export interface RegisterSettings {
  lang: Lang;
  roles: RegisterRole[];
  /** 'MM-DD', default '12-31'. */
  fiscalYearEnd: string;
  dueSoonDays: number;
  escalationAfterDays: number;
  /** Days after a minimum period has run before an undecided item comes back for review. */
  floorReviewDays: number;
  /** The longest extension, in months from the day of answering, that an answer from a
   * reminder email may grant (issue 16); longer ones are made in the sheet. */
  maxExtensionMonths: number;
  isPublicAuthority: boolean;
  adminEmail: string | null;
  escalationEmail: string | null;
}

export const DEFAULT_SETTINGS = {
  fiscalYearEnd: '12-31',
  dueSoonDays: 14,
  escalationAfterDays: 14,
  floorReviewDays: 90,
  maxExtensionMonths: 12,
} as const;

/** The largest longest-extension setting: ten years (the payload's limit too). */
export const MAX_EXTENSION_MONTHS_LIMIT = 120;

const MONTHS = new Map<string, number>(
  Object.entries({
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    maj: 5,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    okt: 10,
    oct: 10,
    nov: 11,
    dec: 12,
  }),
);

function monthDay(month: number, day: number): string | null {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return null;
  // 29 February is allowed: such a year ends on the last day of February.
  if (day < 1 || day > daysInMonth(2024, month)) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A financial-year end as 'MM-DD', or null. Accepts '06-30' (the schema's form), the Danish
 * day-first '30-06', '30/06', '30.06', '30.06.', a full date ('2025-06-30', '30.06.2025')
 * and '30. juni' / '30 June'. '06-30' is read month first (the documented form) unless that is
 * no date; every other separator is read day first, as Danes write.
 */
export function parseFiscalYearEnd(value: unknown): string | null {
  const text = cellText(value).toLowerCase();
  if (!text) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return monthDay(Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return monthDay(Number(m[1]), Number(m[2])) ?? monthDay(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s*[./]\s*(\d{1,2})\.?(?:\s*[./]\s*\d{2,4})?$/.exec(text);
  if (m) return monthDay(Number(m[2]), Number(m[1])) ?? monthDay(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\.?\s*([a-zæøå]{3})[a-zæøå]*\.?$/.exec(text);
  if (m && MONTHS.has(m[2])) return monthDay(MONTHS.get(m[2])!, Number(m[1]));
  m = /^([a-zæøå]{3})[a-zæøå]*\.?\s*(\d{1,2})$/.exec(text);
  if (m && MONTHS.has(m[1])) return monthDay(MONTHS.get(m[1])!, Number(m[2]));
  return null;
}

function dayCount(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(cellText(value).replace(',', '.'));
  return cellText(value) !== '' && Number.isInteger(n) && n >= 0 && n <= 366 ? n : fallback;
}

/** A whole number of months from 1 to the limit, else the default. */
function monthCount(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : Number(cellText(value).replace(',', '.'));
  return cellText(value) !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_EXTENSION_MONTHS_LIMIT
    ? n
    : fallback;
}

function roles(value: unknown): RegisterRole[] {
  const id = findEntry('role', cellText(value))?.id;
  if (id === 'processor') return ['processor'];
  if (id === 'both') return ['controller', 'processor'];
  // No role, or one we cannot read: a controller register, the common case (the validator
  // reports a missing or unreadable role).
  return ['controller'];
}

function email(value: unknown): string | null {
  const text = cellText(value);
  return text === '' ? null : text;
}

export function registerSettings(doc: RegisterDocument): RegisterSettings {
  const org = doc?.organisation ?? {};
  const language = findEntry('language', cellText(org.language))?.id;
  return {
    lang: language === 'da' || language === 'en' ? language : doc?.lang === 'en' ? 'en' : 'da',
    roles: roles(org.role),
    fiscalYearEnd: parseFiscalYearEnd(org.fiscalYearEnd) ?? DEFAULT_SETTINGS.fiscalYearEnd,
    dueSoonDays: dayCount(org.dueSoonDays, DEFAULT_SETTINGS.dueSoonDays),
    escalationAfterDays: dayCount(org.escalationAfterDays, DEFAULT_SETTINGS.escalationAfterDays),
    floorReviewDays: dayCount(org.floorReviewDays, DEFAULT_SETTINGS.floorReviewDays),
    maxExtensionMonths: monthCount(org.maxExtensionMonths, DEFAULT_SETTINGS.maxExtensionMonths),
    isPublicAuthority: readBooleanCell(org.isPublicAuthority).value === true,
    adminEmail: email(org.adminEmail),
    escalationEmail: email(org.escalationEmail),
  };
}
