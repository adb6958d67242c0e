// Bases for a transfer to a third country (GDPR Chapter V). Outdated bases still turn up in
// registers and are flagged: `invalidSince` is the first day they could no longer be relied on.

import { entry } from './entry.ts';
import { checked, GDPR, unverified } from './sources.ts';

const gdpr = (provision: string) =>
  checked(GDPR, provision, 'OJ L 119, 4.5.2016; the provision confirmed against reference texts 2026-12-04');

import type { VocabularyEntry } from './types.ts';

export const TRANSFER_MECHANISMS: readonly VocabularyEntry[] = [
  entry('adequacy', 'Tilstrækkelighedsafgørelse (art. 45)', 'Adequacy decision (Art. 45)', {
    ref: 'Art. 45',
    source: gdpr('Art. 45'),
    synonyms: ['tilstrækkelighed', 'adequacy', 'art. 45'],
  }),
  entry('dpf', 'EU-US Data Privacy Framework', 'EU-US Data Privacy Framework', {
    ref: 'Decision (EU) 2023/1795',
    source: unverified(
      'Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)',
      'Art. 1',
      'Adopted 10 July 2023 and still in force (General Court dismissed Latombe on 3 September 2025; appeal C-703/25 P pending) per secondary sources; the decision was not re-read.',
    ),
    synonyms: ['dpf', 'data privacy framework', 'eu-us dpf', 'dpf certified', 'dpf-certificeret'],
  }),
  entry('scc2021Tia', 'Standardkontraktbestemmelser 2021 + TIA', 'Standard contractual clauses 2021 + TIA', {
    ref: 'Art. 46(2)(c); Decision (EU) 2021/914',
    source: checked(
      'Commission Implementing Decision (EU) 2021/914 (standard contractual clauses)',
      'Art. 1 and Art. 4',
      'OJ L 199, 7.6.2021',
      'The 2021 clauses under Art. 46(2)(c); a transfer impact assessment follows from CJEU C-311/18.',
    ),
    synonyms: [
      'scc',
      'scc 2021',
      'sccs',
      'standard contractual clauses',
      'standardkontrakter',
      'standardkontraktbestemmelser',
    ],
  }),
  entry('bcr', 'Bindende virksomhedsregler (BCR)', 'Binding corporate rules (BCR)', {
    ref: 'Art. 47',
    source: gdpr('Art. 47'),
    synonyms: ['bcr', 'binding corporate rules'],
  }),
  entry(
    'codeOfConduct',
    'Adfærdskodeks eller certificering (art. 46)',
    'Code of conduct or certification (Art. 46)',
    {
      ref: 'Art. 46(2)(e)(f)',
      source: gdpr('Art. 46(2)(e)–(f)'),
      synonyms: ['adfærdskodeks', 'code of conduct', 'certificering', 'certification'],
    },
  ),
  entry('art49Consent', 'Udtrykkeligt samtykke (art. 49(1)(a))', 'Explicit consent (Art. 49(1)(a))', {
    ref: 'Art. 49(1)(a)',
    source: gdpr('Art. 49(1)(a)'),
    synonyms: ['art. 49 samtykke', 'art. 49(1)(a)'],
  }),
  entry(
    'art49Contract',
    'Nødvendig for kontrakt (art. 49(1)(b))',
    'Necessary for a contract (Art. 49(1)(b))',
    {
      ref: 'Art. 49(1)(b)',
      source: gdpr('Art. 49(1)(b)'),
      synonyms: ['art. 49 kontrakt', 'art. 49(1)(b)'],
    },
  ),
  entry('art49Other', 'Anden undtagelse (art. 49)', 'Other derogation (Art. 49)', {
    ref: 'Art. 49',
    source: gdpr('Art. 49(1)'),
    synonyms: ['art. 49', 'derogation', 'undtagelse'],
  }),
  entry('safeHarbor', 'Safe Harbor (ugyldig)', 'Safe Harbor (invalid)', {
    ref: 'Decision 2000/520/EC; CJEU C-362/14',
    synonyms: ['safe harbor', 'safe harbour'],
    outdated: true,
    invalidSince: '2015-10-06',
    replacedBy: ['dpf', 'scc2021Tia'],
    source: unverified(
      'CJEU judgment C-362/14 (Schrems I)',
      'operative part',
      'Judgment of 6 October 2015 not re-read on 2026-12-04.',
    ),
  }),
  entry('privacyShield', 'Privacy Shield (ugyldig)', 'Privacy Shield (invalid)', {
    ref: 'Decision (EU) 2016/1250; CJEU C-311/18',
    synonyms: ['privacy shield', 'eu-us privacy shield'],
    outdated: true,
    invalidSince: '2020-07-16',
    replacedBy: ['dpf', 'scc2021Tia'],
    source: checked(
      'CJEU judgment C-311/18 (Schrems II)',
      'operative part, point 5',
      'judgment of 16 July 2020',
      'Decision (EU) 2016/1250 (Privacy Shield) declared invalid.',
    ),
  }),
  entry(
    'scc2010',
    'Gamle standardkontrakter (2001/2004/2010)',
    'Old standard contractual clauses (2001/2004/2010)',
    {
      ref: 'Decisions 2001/497/EC; 2004/915/EC; 2010/87/EU',
      synonyms: ['scc 2010', 'scc 2004', 'scc 2001', 'gamle scc', 'old scc'],
      outdated: true,
      invalidSince: '2022-12-27',
      replacedBy: ['scc2021Tia'],
      source: checked(
        'Commission Implementing Decision (EU) 2021/914',
        'Art. 4(3)–(4)',
        'OJ L 199, 7.6.2021',
        'The old decisions were repealed from 27 September 2021; contracts concluded on them before then could be relied on until 27 December 2022.',
      ),
    },
  ),
];
