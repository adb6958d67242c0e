// The retention overview as the sidebar gets it: the status words, the items and routines it
// lists, and what a change (Mark deleted, Extend) sends back. Built by
// addon/src/features/retention.ts and retentionService.ts, shown by addon/client/retention.

import type { Lang, Localized } from '../../shared/register/types.ts';

/** The status words written into the status columns (and shown in the page). */
export const STATUS_WORDS = {
  overdue: { da: 'overskredet', en: 'overdue' },
  dueSoon: { da: 'snart', en: 'due soon' },
  ok: { da: 'ok', en: 'ok' },
  manual: { da: 'manuel vurdering', en: 'manual review' },
  missingDate: { da: 'mangler dato', en: 'missing date' },
  legalHold: { da: 'tilbageholdt', en: 'legal hold' },
  extended: { da: 'forlænget', en: 'extended' },
  deleted: { da: 'slettet', en: 'deleted' },
  never: { da: 'aldrig kørt', en: 'never run' },
  // Minimum periods: never "delete by", never overdue.
  floor: { da: 'må slettes fra datoen', en: 'may be deleted from the date' },
  mayDelete: { da: 'må nu slettes: tag stilling', en: 'may now be deleted: decide' },
  floorReview: { da: 'gennemgå: ingen beslutning', en: 'review: no decision' },
} as const satisfies Record<string, Localized>;

export type StatusWord = keyof typeof STATUS_WORDS;

/** A deletion routine's state (addon/src/features/retention.ts assesses it). */
export type RoutineStatus = 'overdue' | 'dueSoon' | 'ok' | 'never' | 'none';

export interface RetentionItem {
  holdingId: string;
  row: number;
  reference: string;
  activity: string;
  subjectGroup: string;
  due: string | null;
  /** A minimum period's first day of deletion (or the later date a decision to keep set). */
  mayDeleteFrom: string | null;
  status: StatusWord;
  statusText: string;
  daysOverdue: number;
  ruleText: string;
}

export interface RoutineItem {
  activityId: string;
  row: number;
  activity: string;
  routine: string;
  due: string | null;
  status: RoutineStatus;
  statusText: string;
  daysOverdue: number;
}

export interface RetentionOverview {
  lang: Lang;
  today: string;
  dueSoonDays: number;
  counts: Record<StatusWord, number>;
  overdue: RetentionItem[];
  dueSoon: RetentionItem[];
  /** Minimum periods that have run: may now be deleted, or back for review (nobody decided). */
  decide: RetentionItem[];
  /** Deletion routines that are overdue, due soon or never run. */
  routines: RoutineItem[];
  /** Deletion methods in the register's language (value = label written to the log). */
  methods: { value: string; label: string }[];
  /** Filled by the sync feature (the worker's last run and reminders); null until then. */
  workerStatus: null | { [key: string]: string | number | boolean | null };
}

/** What the page gets back after a change: the fresh overview. */
export interface RetentionChange {
  overview: RetentionOverview;
  changed: number;
}
