// Where a legal statement comes from, as data: the act, the provision, the version read and the
// day it was checked. `docs/legal-sources.md` is generated from these records (npm run
// legal-sources), and a test keeps it equal to them. A statement whose source could not be read
// is kept with `verified: false` and listed under "Not verified" instead of being guessed.

export const CHECKED_ON = '2026-12-04';

export interface LegalSource {
  /** The act or instrument, e.g. "Databeskyttelsesloven (LOV nr 502 af 23/05/2018 as amended)". */
  act: string;
  /** The provision, e.g. "§ 11, stk. 2, nr. 3". */
  provision: string;
  /** The version or date of the text read, e.g. "consolidated text read 2026-12-04". */
  version: string;
  /** The day the statement was checked against the text. */
  checked: string;
  /** False when the text could not be found and the statement rests on secondary sources. */
  verified: boolean;
  /** What was (or could not be) confirmed, in English. */
  note?: string;
}

export const DBL = 'Databeskyttelsesloven (LOV nr 502 af 23/05/2018 as amended)';
export const GDPR = 'Regulation (EU) 2016/679 (GDPR)';

/** A source checked against the act's text on CHECKED_ON. */
export const checked = (act: string, provision: string, version: string, note?: string): LegalSource => ({
  act,
  provision,
  version,
  checked: CHECKED_ON,
  verified: true,
  ...(note ? { note } : {}),
});

/** A source that could not be read on CHECKED_ON: listed under "Not verified". */
export const unverified = (act: string, provision: string, note: string): LegalSource => ({
  act,
  provision,
  version: 'not read',
  checked: CHECKED_ON,
  verified: false,
  note,
});
