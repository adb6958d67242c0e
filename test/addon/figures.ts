// The performance figure of the add-on: calls that reach the spreadsheet (reads, writes,
// flushes) made by Set up register and Validate register on a register of a given size (shared
// by the equality test and the bench script). Builders (newDataValidation(), its require…/build,
// newConditionalFormatRule(), newRichTextValue() …) and reading a rule object already fetched
// run inside the script and are not round trips; the other services (properties, lock,
// utilities) are counted apart.

import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

export interface CallFigures {
  activities: number;
  holdings: number;
  /** Calls that reach the spreadsheet. */
  setUp: number;
  validate: number;
  /** Every counted call of every fake, as counted before issue 17 (for comparison). */
  setUpAll: number;
  validateAll: number;
  /** Validate again on the unchanged register: only sheets that carry marks are touched. */
  validateAgain: number;
  setUpByMethod: Record<string, number>;
  validateByMethod: Record<string, number>;
}

/** Objects built or read inside the script: no round trip to the spreadsheet. */
const IN_SCRIPT =
  /^(\w+Builder|ConditionalFormatRule|BooleanCondition|GradientCondition|DataValidation|RichTextValue|TextStyle|Color|RgbColor)\./;
/** Services that are not the spreadsheet. */
const OTHER_SERVICE =
  /^(PropertiesService|Properties|LockService|Lock|Utilities|Blob|Session|User|HtmlService|HtmlOutput|HtmlTemplate|ScriptApp|Trigger|TriggerBuilder|SpreadsheetTriggerBuilder|UrlFetchApp|HTTPResponse|Logger|CacheService|Cache)\./;

/** Whether a counted call (`Class.method`) is a round trip to the spreadsheet. */
export function reachesSpreadsheet(key: string): boolean {
  if (IN_SCRIPT.test(key) || OTHER_SERVICE.test(key)) return false;
  return !/^SpreadsheetApp\.new\w+$/.test(key);
}

/** The calls of a by-method count that reach the spreadsheet. */
export function spreadsheetCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([k]) => reachesSpreadsheet(k))
    .reduce((n, [, c]) => n + c, 0);
}

/** Sets a register up, types the data in, then counts a Set up (upgrade pass) and two Validates. */
export function measureCalls(activities: number, holdings: number): CallFigures {
  const addon = loadAddon({ locale: 'da_DK' });
  addon.fakes.ui.answer('OK', '1');
  addon.ctx.setUpRegister();
  putDocument(addon.ss, sampleRegister(activities, holdings), 'da');
  addon.resetCalls();
  addon.ctx.setUpRegister();
  const setUpByMethod = addon.calls.snapshot();
  const setUpAll = addon.calls.total();
  addon.resetCalls();
  addon.ctx.validateRegister();
  const validateByMethod = addon.calls.snapshot();
  const validateAll = addon.calls.total();
  addon.resetCalls();
  addon.ctx.validateRegister();
  const validateAgain = spreadsheetCalls(addon.calls.snapshot());
  if (addon.fakes.ui.alerts().length)
    throw new Error(`unexpected alert: ${addon.fakes.ui.alerts().join(' / ')}`);
  return {
    activities,
    holdings,
    setUp: spreadsheetCalls(setUpByMethod),
    validate: spreadsheetCalls(validateByMethod),
    setUpAll,
    validateAll,
    validateAgain,
    setUpByMethod,
    validateByMethod,
  };
}
