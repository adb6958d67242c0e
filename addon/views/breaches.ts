// Personal-data breaches as the sidebars get them: the new-breach form's model and what a save
// sends back (built by addon/src/features/breachForm*.ts, shown by addon/client/breach), and
// the Breaches tab of the deadlines overview (addon/src/features/breachesOverview.ts,
// addon/client/retention/breachesTab.ts). Instants are epoch milliseconds; the pages show them
// on the register's wall clock with shared/breaches/describe.ts.

import { localToInstant } from '../../shared/calendar/instant.ts';
import type { Lang } from '../../shared/register/types.ts';
import type { Choice } from './requests.ts';

export interface BreachFormModel {
  lang: Lang;
  /** The spreadsheet's time zone: the wall clock the form's date-times are read in. */
  timeZone: string;
  /** Now on that wall clock ("2026-11-24T09:00"), the default for "became aware". */
  nowLocal: string;
  /** The instant the model was made, to count the hours left from. */
  now: number;
  risks: Choice[];
  roles: Choice[];
}

export interface BreachForm {
  reference: string;
  /** Wall-clock date-times "yyyy-MM-ddTHH:mm" in the model's time zone ('' when unknown). */
  startedAt: string;
  awareAt: string;
  description: string;
  approxSubjects: string;
  role: string;
  risk: string;
  riskReasoning: string;
  responsible: string;
}

export interface SavedBreach {
  id: string;
  sheetRow: number;
  /** The instant by which the authority must be notified (null: no clock for this breach). */
  notifyBy: number | null;
  /** Whether the register was sent to the worker at once (false: not connected, or it failed). */
  synced: boolean;
}

export interface BreachOverviewItem {
  breachId: string;
  reference: string;
  role: 'controller' | 'processor';
  /** Not yet assessed counts as open: the risk label, or '' when not assessed. */
  risk: string;
  notifyBy: number;
  /** Whole hours until the deadline (negative once it has passed). */
  hoursLeft: number;
  sheetRow: number;
}

export interface BreachesOverview {
  timeZone: string;
  /** Open breaches (the clock is running), the soonest deadline first. */
  open: BreachOverviewItem[];
  /** Breaches logged in all, open or not (Art. 33(5) documents every one). */
  logged: number;
}

/** The instant a form's wall-clock "yyyy-MM-ddTHH:mm" names in `timeZone`; null when empty or not one. */
export function formInstant(value: string, timeZone: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/.exec(String(value ?? '').trim());
  return m ? localToInstant(m[1], m[2], timeZone) : null;
}
