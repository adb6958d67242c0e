// Countries and international organisations as dated data: EU/EEA membership and the Commission's
// adequacy decisions (Art. 45) in force on `COUNTRIES_AS_OF`. Update this file, not the logic, when
// a decision is adopted, renewed or struck down. Ids are ISO 3166 alpha-2 codes; "EU" stands for
// "somewhere in the EU/EEA", and "EPO" for the European Patent Organisation.

import type { Localized } from '../register/types.ts';
import { ISO_COUNTRY_NAMES } from './countryNames.ts';
import { checked, type LegalSource, unverified } from './sources.ts';

export const COUNTRIES_AS_OF = '2026-11-01';

export interface AdequacyDecision {
  /** The decision's reference, kept short where the exact number was not verified. */
  reference: string;
  /** Date of adoption, ISO. */
  adopted: string;
  /** Last day the decision applies, where it has a sunset clause. */
  validUntil?: string;
  /** Limits on who is covered, where the decision is partial. */
  scope?: Localized;
  /** Adequacy applies only with this transfer mechanism (USA: DPF certification). */
  onlyWithMechanism?: string;
  /** Where the decision was checked; none means it was not re-read on CHECKED_ON. */
  source?: LegalSource;
}

export interface Country {
  code: string;
  name: Localized;
  /** EU-27 plus Iceland, Liechtenstein and Norway: not a third country. */
  eea: boolean;
  adequacy?: AdequacyDecision;
  internationalOrganisation?: boolean;
  synonyms?: string[];
}

const eea = (code: string, da: string, en: string, synonyms: string[] = []): Country => ({
  code,
  name: { da, en },
  eea: true,
  synonyms,
});

const third = (code: string, da: string, en: string, synonyms: string[] = []): Country => ({
  code,
  name: { da, en },
  eea: false,
  synonyms,
});

const adequate = (
  code: string,
  da: string,
  en: string,
  adequacy: AdequacyDecision,
  synonyms: string[] = [],
): Country => ({ code, name: { da, en }, eea: false, adequacy, synonyms });

const LISTED: readonly Country[] = [
  eea('EU', 'EU/EØS', 'EU/EEA', ['eu', 'eøs', 'eea', 'europa', 'europe', 'eu/eea']),
  eea('AT', 'Østrig', 'Austria'),
  eea('BE', 'Belgien', 'Belgium'),
  eea('BG', 'Bulgarien', 'Bulgaria'),
  eea('HR', 'Kroatien', 'Croatia'),
  eea('CY', 'Cypern', 'Cyprus'),
  eea('CZ', 'Tjekkiet', 'Czechia', ['czech republic', 'den tjekkiske republik']),
  eea('DK', 'Danmark', 'Denmark'),
  eea('EE', 'Estland', 'Estonia'),
  eea('FI', 'Finland', 'Finland'),
  eea('FR', 'Frankrig', 'France'),
  eea('DE', 'Tyskland', 'Germany'),
  eea('GR', 'Grækenland', 'Greece'),
  eea('HU', 'Ungarn', 'Hungary'),
  eea('IE', 'Irland', 'Ireland'),
  eea('IT', 'Italien', 'Italy'),
  eea('LV', 'Letland', 'Latvia'),
  eea('LT', 'Litauen', 'Lithuania'),
  eea('LU', 'Luxembourg', 'Luxembourg'),
  eea('MT', 'Malta', 'Malta'),
  eea('NL', 'Nederlandene', 'Netherlands', ['holland', 'the netherlands']),
  eea('PL', 'Polen', 'Poland'),
  eea('PT', 'Portugal', 'Portugal'),
  eea('RO', 'Rumænien', 'Romania'),
  eea('SK', 'Slovakiet', 'Slovakia'),
  eea('SI', 'Slovenien', 'Slovenia'),
  eea('ES', 'Spanien', 'Spain'),
  eea('SE', 'Sverige', 'Sweden'),
  eea('IS', 'Island', 'Iceland'),
  eea('LI', 'Liechtenstein', 'Liechtenstein'),
  eea('NO', 'Norge', 'Norway'),

  adequate('CH', 'Schweiz', 'Switzerland', { reference: 'Decision 2000/518/EC', adopted: '2000-07-26' }),
  adequate('CA', 'Canada', 'Canada', {
    reference: 'Decision 2002/2/EC',
    adopted: '2001-12-20',
    scope: {
      da: 'Kun kommercielle organisationer omfattet af PIPEDA.',
      en: 'Only commercial organisations subject to PIPEDA.',
    },
  }),
  adequate('AR', 'Argentina', 'Argentina', { reference: 'Decision 2003/490/EC', adopted: '2003-06-30' }),
  adequate('GG', 'Guernsey', 'Guernsey', { reference: 'Decision 2003/821/EC', adopted: '2003-11-21' }),
  adequate('IM', 'Isle of Man', 'Isle of Man', { reference: 'Decision 2004/411/EC', adopted: '2004-04-28' }),
  adequate('JE', 'Jersey', 'Jersey', { reference: 'Decision 2008/393/EC', adopted: '2008-05-08' }),
  adequate('FO', 'Færøerne', 'Faroe Islands', { reference: 'Decision 2010/146/EU', adopted: '2010-03-05' }, [
    'færøerne',
    'faroes',
  ]),
  adequate('AD', 'Andorra', 'Andorra', { reference: 'Decision 2010/625/EU', adopted: '2010-10-19' }),
  adequate('IL', 'Israel', 'Israel', { reference: 'Decision 2011/61/EU', adopted: '2011-01-31' }),
  adequate('UY', 'Uruguay', 'Uruguay', { reference: 'Decision 2012/484/EU', adopted: '2012-08-21' }),
  adequate('NZ', 'New Zealand', 'New Zealand', { reference: 'Decision 2013/65/EU', adopted: '2012-12-19' }),
  adequate('JP', 'Japan', 'Japan', {
    reference: 'Decision (EU) 2019/419',
    adopted: '2019-01-23',
    scope: {
      da: 'Kun virksomheder omfattet af APPI og de supplerende regler.',
      en: 'Only businesses subject to the APPI and its supplementary rules.',
    },
  }),
  adequate(
    'GB',
    'Storbritannien',
    'United Kingdom',
    {
      reference: 'Decision (EU) 2021/1772, renewed by the Commission on 19 December 2025',
      adopted: '2025-12-19',
      validUntil: '2031-12-27',
      source: unverified(
        'Commission implementing decision renewing the UK adequacy decision (GDPR)',
        'whole decision',
        'Renewal on 19 December 2025 and validity until 27 December 2031 confirmed by secondary sources only; the decision number of the renewal could not be found.',
      ),
    },
    ['uk', 'england', 'great britain', 'det forenede kongerige', 'storbritannien og nordirland'],
  ),
  adequate(
    'KR',
    'Sydkorea',
    'Republic of Korea',
    { reference: 'Decision (EU) 2022/254', adopted: '2021-12-17' },
    ['south korea', 'korea', 'republikken korea'],
  ),
  adequate(
    'US',
    'USA',
    'United States',
    {
      reference: 'Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
      adopted: '2023-07-10',
      scope: {
        da: 'Kun organisationer certificeret under EU-US Data Privacy Framework.',
        en: 'Only organisations certified under the EU-US Data Privacy Framework.',
      },
      onlyWithMechanism: 'dpf',
      source: unverified(
        'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
        'Art. 1',
        'Scope (DPF-certified organisations only) taken from the decision as known; the text was not re-read on 2026-12-04.',
      ),
    },
    ['usa', 'united states of america', 'amerika', 'forenede stater', 'us'],
  ),
  adequate('BR', 'Brasilien', 'Brazil', {
    reference: 'Implementing Decision (EU) 2026/179',
    adopted: '2026-01-26',
    source: checked(
      'Commission Implementing Decision (EU) 2026/179 of 26 January 2026 (Brazil)',
      'whole decision',
      'published in the OJ 28 January 2026',
      'Adequacy under Art. 45 GDPR for Brazil; the EEA Joint Committee incorporation was still pending (draft of 6 May 2026).',
    ),
  }),
  {
    code: 'EPO',
    name: { da: 'Den Europæiske Patentorganisation', en: 'European Patent Organisation' },
    eea: false,
    internationalOrganisation: true,
    adequacy: { reference: 'Adequacy decision of 15 July 2025', adopted: '2025-07-15' },
    synonyms: ['epo', 'european patent office', 'den europæiske patentmyndighed'],
  },

  third('GL', 'Grønland', 'Greenland'),
  third('IN', 'Indien', 'India'),
  third('CN', 'Kina', 'China'),
  third('HK', 'Hongkong', 'Hong Kong'),
  third('TW', 'Taiwan', 'Taiwan'),
  third('PH', 'Filippinerne', 'Philippines'),
  third('UA', 'Ukraine', 'Ukraine'),
  third('AU', 'Australien', 'Australia'),
  third('SG', 'Singapore', 'Singapore'),
  third('ZA', 'Sydafrika', 'South Africa'),
  third('RU', 'Rusland', 'Russia'),
  third('TR', 'Tyrkiet', 'Türkiye', ['turkey']),
  third('RS', 'Serbien', 'Serbia'),
  third('BA', 'Bosnien-Hercegovina', 'Bosnia and Herzegovina'),
  third('MK', 'Nordmakedonien', 'North Macedonia'),
  third('MD', 'Moldova', 'Moldova'),
  third('VN', 'Vietnam', 'Vietnam'),
  third('TH', 'Thailand', 'Thailand'),
  third('MY', 'Malaysia', 'Malaysia'),
  third('ID', 'Indonesien', 'Indonesia'),
  third('PK', 'Pakistan', 'Pakistan'),
  third('BD', 'Bangladesh', 'Bangladesh'),
  third('LK', 'Sri Lanka', 'Sri Lanka'),
  third('AE', 'Forenede Arabiske Emirater', 'United Arab Emirates', ['uae', 'emiraterne']),
  third('EG', 'Egypten', 'Egypt'),
  third('MA', 'Marokko', 'Morocco'),
  third('NG', 'Nigeria', 'Nigeria'),
  third('KE', 'Kenya', 'Kenya'),
  third('MX', 'Mexico', 'Mexico'),
  third('CL', 'Chile', 'Chile'),
  third('CO', 'Colombia', 'Colombia'),
];

/** Every ISO 3166-1 country: the ones above with their facts, the rest as third countries. */
export const COUNTRIES: readonly Country[] = [
  ...LISTED,
  ...Object.entries(ISO_COUNTRY_NAMES)
    .filter(([code]) => !LISTED.some((c) => c.code === code))
    .map(([code, [da, en]]) => third(code, da, en)),
];

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The country (or international organisation) with this code, if the table knows it. */
export function countryByCode(code: string): Country | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** "USA (DPF)", "Indien (SCC)": a country followed by a transfer note in brackets, split in two. */
export function splitTransferNote(text: string): { place: string; note: string } | null {
  const match = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(text);
  return match ? { place: match[1]!, note: match[2]! } : null;
}
