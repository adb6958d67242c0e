// Calls that reach the spreadsheet (test/addon/figures.ts says which) do not grow with the
// register, and stay within the figures of docs/performance.md ("Issue 17").
import { describe, expect, it } from 'vitest';
import { measureCalls, reachesSpreadsheet } from './figures.ts';

describe('service calls do not grow with the register', () => {
  it('set-up and validate make the same number of calls on 10 activities/10 holdings as on 1,000/20,000', () => {
    const small = measureCalls(10, 10);
    const large = measureCalls(1000, 20_000);
    expect(large.setUpByMethod).toEqual(small.setUpByMethod);
    expect(large.validateByMethod).toEqual(small.validateByMethod);
    expect(large.setUp).toBe(small.setUp);
    expect(large.validate).toBe(small.validate);
    expect(large.validateAgain).toBe(small.validateAgain);
    // A round trip costs 50–500 ms: keep both well inside Apps Script's 6-minute limit.
    expect(small.setUp * 0.05).toBeLessThan(60);
    expect(small.validate * 0.05).toBeLessThan(10);
    // A repeated Validate touches no more than the first one (only sheets with marks).
    expect(small.validateAgain).toBeLessThanOrEqual(small.validate);
    // The goals of issue 17 (docs/performance.md): Set up at most 200, Validate at most 40, with
    // the Requests sheet of issue 20 and the Breaches sheet of issue 21 in the register.
    expect(small.setUp).toBeLessThanOrEqual(200);
    expect(small.validate).toBeLessThanOrEqual(40);
    expect(small.validateAgain).toBeLessThanOrEqual(40);
  }, 240_000);

  it('counts reads, writes and flushes of the spreadsheet, not builders or other services', () => {
    for (const key of [
      'Range.getValues',
      'Range.setValues',
      'SpreadsheetApp.flush',
      'Sheet.setColumnWidths',
    ]) {
      expect(reachesSpreadsheet(key), key).toBe(true);
    }
    for (const key of [
      'SpreadsheetApp.newDataValidation',
      'DataValidationBuilder.requireValueInRange',
      'SpreadsheetApp.newRichTextValue',
      'RichTextValueBuilder.build',
      'ConditionalFormatRuleBuilder.build',
      'ConditionalFormatRule.getBooleanCondition',
      'Properties.getProperty',
      'Utilities.gzip',
    ]) {
      expect(reachesSpreadsheet(key), key).toBe(false);
    }
  });
});
