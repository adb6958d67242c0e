// The words retention rules are written in, Danish and English, as data for `parseRetention`.
// Each list is a set of regular-expression fragments matched against lower-cased text:
// `~` stands for "the rest of the word" (so "ophør~" covers ophør, ophøret, ophørte) and a
// space for any run of whitespace. Adding a phrasing means adding a line here, not logic.

import type { NAMED_CUSTOM_EVENTS, TriggerEvent } from './types.ts';

/** Spelled-out numbers. Danish "en"/"et" and English "a"/"an" count as one before a unit. */
export const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  et: 1,
  én: 1,
  ét: 1,
  een: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  tretten: 13,
  fjorten: 14,
  femten: 15,
  seksten: 16,
  sytten: 17,
  atten: 18,
  nitten: 19,
  tyve: 20,
  tredive: 30,
  fyrre: 40,
  fyrretyve: 40,
  halvtreds: 50,
  tres: 60,
  halvfjerds: 70,
  firs: 80,
  halvfems: 90,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  // Halves, as in "halvandet år" (18 months) and "et halvt år" (6 months).
  halvandet: 1.5,
  halvanden: 1.5,
  'en og en halv': 1.5,
  'et og et halvt': 1.5,
  'one and a half': 1.5,
  'et halvt': 0.5,
  'en halv': 0.5,
  halvt: 0.5,
  halv: 0.5,
  'half a': 0.5,
  'a half': 0.5,
  '½': 0.5,
};

/** English compound numbers "twenty-four": a ten, a hyphen or space, a unit. */
export const ENGLISH_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const ENGLISH_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/** Danish compound numbers "fireogtyve" (24): a unit, "og", a ten. */
export const DANISH_UNITS: Record<string, number> = {
  en: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
};
export const DANISH_TENS: Record<string, number> = {
  tyve: 20,
  tredive: 30,
  fyrre: 40,
  halvtreds: 50,
  tres: 60,
  halvfjerds: 70,
  firs: 80,
  halvfems: 90,
};

/** Units of a period. Abbreviations may end in a full stop ("mdr.", "yrs."). */
export const UNIT_WORDS: Record<'years' | 'months' | 'weeks' | 'days', string[]> = {
  years: ['år', 'års', 'aar', 'aars', 'years', 'year', "years'", 'yrs.', 'yrs', 'yr.', 'yr'],
  months: [
    'måneder',
    'måneders',
    'måneds',
    'måneden',
    'måned',
    'maaneder',
    'maaned',
    'mdr.',
    'mdr',
    'mdrs.',
    'mnd.',
    'mnd',
    'mndr.',
    'md.',
    'md',
    'months',
    'month',
    "months'",
    'mths.',
    'mths',
    'mth.',
    'mos.',
    'mos',
    'mo.',
  ],
  weeks: ['uger', 'ugers', 'uges', 'uge', 'weeks', 'week', "weeks'", 'wks.', 'wks', 'wk.'],
  days: ['dage', 'dages', 'dagen', 'dag', 'døgn', 'days', 'day', "days'", 'dg.', 'd.', 'd'],
};

/** Words meaning "no time at all": a zero period. */
export const IMMEDIATELY = [
  'straks',
  'omgående~',
  'øjeblikkelig~',
  'med det samme',
  'samme dag',
  'uden ugrundet ophold',
  'immediately',
  'without undue delay',
  'without delay',
  'right away',
  'at once',
  'promptly',
  'the same day',
  'same day',
];

/** "indtil stillingen er besat", "until the case is closed": zero period after the event that
 * follows; ignored when no event follows ("indtil videre"). */
export const UNTIL = ['indtil', 'until', 'till'];

/** "så længe kundeforholdet består": zero period after the end of what is named here. */
export const WHILE = [
  'så længe',
  'for as long as',
  'as long as',
  'so long as',
  'for the duration of',
  'i hele',
  'under',
  'during',
  'mens',
  'while',
];
/** "så længe kontoen er aktiv", "as long as the customer is active": the end of whatever is
 * active is the end of the relationship; up to three words name it. */
export const WHILE_ACTIVE_VERBS = ['er', 'is', 'are', 'remains', 'stays', 'forbliver', 'bliver'];
export const WHILE_ACTIVE_STATES = [
  'aktiv~',
  'active',
  'open',
  'åben~',
  'i kraft',
  'in force',
  'løbende',
  'ongoing',
];

/** "derefter", "thereafter": a period after a "while" clause counts from its end. */
export const THEN = ['derefter', 'herefter', 'dernæst', 'then', 'thereafter', 'afterwards', 'after that'];

export const WHILE_SUBJECTS: Array<[TriggerEvent, string[]]> = [
  [
    'relationshipEnded',
    [
      '(?:kunde|ansættelses|samarbejds|kontrakt|abonnements|medlems|lejemåls|aftale)?forhold~',
      'ansættelse~',
      'medlemskab~',
      'kontrakt~',
      'aftale~',
      'samarbejde~',
      'abonnement~',
      'lejemål~',
      'kontoen~',
      'samtykke~',
      '(?:the |their |his |her )?consent',
      '(?:the |their |his |her )?(?:customer |client |business |employment |contractual )?relationship~',
      '(?:the |their |his |her )?(?:employment|membership|contract|agreement|subscription|engagement|tenancy|account)~',
    ],
  ],
  [
    'purposeFulfilled',
    [
      'sagen~',
      'sagsbehandlingen~',
      'projektet~',
      'forløbet~',
      'behandlingen~',
      'rekrutteringen~',
      '(?:the )?(?:case|project|treatment|recruitment|course)~',
    ],
  ],
];

/** Trigger events, as the retention log's date columns know them. */
export const TRIGGER_PHRASES: Array<[TriggerEvent, string[]]> = [
  [
    'relationshipEnded',
    [
      'ophør~',
      'fratræd~',
      'fratråd~',
      'afsked~',
      'opsig~',
      'udmeld~',
      'udtræd~',
      'afmeld~',
      '(?:kontrakt|aftale|abonnement|medlemskab|lejemål|ansættelse|samarbejdsaftale)~ udløb~',
      'udløb~ af (?:\\p{L}+ )?(?:kontrakt|aftale|abonnement|medlemskab|lejemål|ansættelse)~',
      'sidste arbejdsdag',
      'endt \\p{L}*(?:ansættelse|samarbejde|kundeforhold|medlemskab|kontrakt|aftale|opgave|uddannelse|abonnement|lejemål|ansættelsesforhold|skolegang)~',
      'afslutning~ af (?:\\p{L}+ )?\\p{L}*(?:kundeforhold|samarbejd|ansættelse|ansættelsesforhold|kontrakt|aftale|medlemskab|opgave|abonnement|uddannelse|lejemål|forhold)~',
      // Consent withdrawn, in every verb form.
      '(?:tilbagetrækning|tilbagekaldelse)~ af (?:\\p{L}+ )?samtykke~',
      'samtykke~ (?:er |bliver |blev |er blevet )?(?:trukket tilbage|trækkes tilbage|tilbagekaldt|tilbagekaldes|tilbagetrukket|tilbagetrækkes)',
      '(?:trækker|trak|har trukket) (?:\\p{L}+ )?samtykke~ tilbage',
      '(?:tilbagekalder|tilbagekaldte|har tilbagekaldt) (?:\\p{L}+ )?samtykke~',
      'withdraw~ (?:of )?(?:their |the |his |her )?consent',
      'revo~ (?:of )?(?:their |the |his |her )?consent',
      'consent (?:is |has been |was |gets )?(?:withdrawn|revoked)',
      // End of schooling.
      'skolegang~ (?:er |blev |er blevet )?(?:afsluttet|afsluttes|slut|ophørt|ophører)',
      '(?:forlader|forlod|har forladt|forladt) (?:\\p{L}+ )?skole~',
      'udskriv~ af (?:\\p{L}+ )?(?:elev|barn)~',
      'udskrevet fra (?:\\p{L}+ )?skole~',
      'end of (?:the |their |his |her )?(?:schooling|school~)',
      // Unsubscription.
      'frameld~',
      'opt~ out',
      'opt-out',
      '(?:kundeforhold|samarbejd|ansættelse|ansættelsesforhold|kontrakt|aftale|medlemskab|opgave|abonnement|uddannelse|lejemål|forhold)~ (?:er |blev )?(?:afsluttet|afsluttes|slut|endt|udløbet)',
      '(?:lukning|nedlæggelse) af (?:\\p{L}+ )?konto~',
      'konto~ (?:er |blev )?(?:lukket|lukkes|nedlagt|nedlægges)',
      'end of (?:the |their |his |her |its )?(?:\\p{L}+ ){0,2}?(?:employment|contract|relationship|agreement|membership|engagement|assignment|collaboration|subscription|tenancy|lease|studies|enrolment|enrollment|placement|business relationship)~',
      '(?:employment|contract|relationship|agreement|membership|engagement|assignment|collaboration|subscription|tenancy|lease|account|studies)~ (?:is |has |was |has been |have )?(?:ends?|ended|terminat~|expir~|clos~|ceas~)',
      'terminat~',
      'expir~ of',
      'resign~',
      'departure',
      'offboarding',
      'off-boarding',
      'last (?:working )?day (?:of (?:employment|work|the contract))?',
      '(?:employee|customer|member|student|pupil|child|client|volunteer)s? (?:leaves|has left|left)',
      'account (?:closure|deletion|is closed|closed|is deleted)',
      'unsubscrib~',
      'unsubscription~',
      'cancell?ation',
      'cancels?',
      'leaving',
    ],
  ],
  [
    'lastContact',
    [
      '(?:sidste|seneste) (?:\\p{L}+ )?(?:konsultation|session|kontakt|køb|aktivitet|henvendelse|besøg|ordre|bestilling|behandling|login|log-?ind|log-?on|samtale|booking|aftale|møde|transaktion|handel|interaktion|brug|anvendelse|time|korrespondance|deltagelse|kursus|vagt|optegnelse|notat|journalnotat|indførsel|indførelse|journalføring)~',
      'inaktiv~',
      '(?:ingen|uden) (?:aktivitet|kontakt)',
      '(?:last|latest|most recent|final) (?:\\p{L}+ )?(?:session|contact|purchase|login|log-?in|log-?on|visit|order|activity|appointment|consultation|interaction|transaction|use|booking|meeting|correspondence|communication|engagement|attendance|shift|entry|entries|note)~',
      'inactiv~',
      '(?:no|without) (?:activity|contact)',
    ],
  ],
  [
    'purposeFulfilled',
    [
      'stilling~ (?:er |blev |er blevet )?besat',
      'besættelse af (?:\\p{L}+ )?stilling~',
      '(?:sag|sagen|sagerne|projekt|forløb|behandling|rekruttering|kursus|kurset|undersøgelse|klage|klagesag|ansættelsesproces|rekrutteringsproces|arrangement|event)~ (?:er |blev |er blevet )?(?:afsluttet|afsluttes|lukket|lukkes|slut|færdig~|endt|afgjort|afholdt)',
      'afslutning~ af (?:\\p{L}+ )?\\p{L}*(?:sag|projekt|forløb|behandling|rekruttering|kursus|undersøgelse|klage|klagesag|arrangement|event)~',
      '(?:efter|ved|når) (?:endt )?(?:gennemsyn|gennemlæsning|kontrol|verificering|verifikation)~',
      'after (?:verification|checking|inspection)',
      '(?:sagens|projektets|forløbets|behandlingens|rekrutteringens|kursets|undersøgelsens|klagesagens) (?:afslutning|ophør|lukning)',
      'endt \\p{L}*(?:sag|projekt|forløb|behandling|rekruttering|kursus|undersøgelse|sagsbehandling)~',
      'afsluttet (?:sag|projekt|forløb|behandling|rekruttering|kursus)~',
      'afslag~',
      'afvis~',
      'formål~ (?:er |blev |er blevet )?(?:opfyldt|nået|indfriet|ophørt|ophører|bortfaldet|bortfalder)',
      'opfyldelse af formål~',
      'formålet ikke længere',
      '(?:efter|når|ved) (?:endt )?(?:brug|anvendelse)~',
      'position~ (?:is |has been |was |are |have been )?filled',
      '(?:case|project|matter|treatment|recruitment|course|investigation|complaint|event|process|engagement)~ (?:is |has been |has |had |was |are |have been )?(?:closed|completed|concluded|ends?|ended|finished|resolved|over|held)',
      '(?:closure|completion|conclusion|end) of (?:the |a |their )?(?:\\p{L}+ )?(?:case|project|matter|treatment|recruitment|course|investigation|complaint|process|event)~',
      'case closure',
      'rejection~',
      'rejected',
      'unsuccessful (?:application|applicant|candidate)~',
      'purpose~ (?:is |has been |was |are |have been )?(?:fulfilled|achieved|served|met)',
      'fulfil~ of the purpose',
      'after (?:its |their |being )?use~?',
      'once used',
    ],
  ],
  [
    'recordDate',
    [
      'bilagsdato~',
      'bilagets dato',
      'fakturadato~',
      'transaktionsdato~',
      'posteringsdato~',
      'bogføringsdato~',
      'record date',
      'date of the (?:record|document|invoice|transaction|voucher|entry)',
      'invoice date',
      'transaction date',
      'document date',
      'voucher date',
    ],
  ],
  [
    'collected',
    [
      // Not "modtag~": "modtager" is a recipient. Not "registrer~": "den registrerede" is the
      // data subject, named in many rules that count from something else.
      'modtagels~',
      'modtaget',
      'modtages',
      'modtog',
      'indsaml~',
      'opret~',
      'registrering~',
      'registreret',
      'indhent~',
      'optag~',
      'indsend~',
      'indlever~',
      'tilmeld~',
      'receiv~',
      'receipt',
      // Not "collect~": a "collective agreement" is no collection.
      'collection',
      'collected',
      'collecting',
      'creat~',
      'recorded',
      'recording~',
      'registration',
      'registered',
      'submission',
      'submitted',
      'upload~',
      'sign-?up',
      'signed up',
      'obtain~',
      'captur~',
      'gathered',
    ],
  ],
];

/** Events the retention log has no column of its own for, known by name: a rule counting from
 * one of them is a custom event, dated by the log's event-date column. */
export const NAMED_EVENT_PHRASES: Array<[(typeof NAMED_CUSTOM_EVENTS)[number], string[]]> = [
  [
    'applicationDeadline',
    [
      'ansøgningsfrist~',
      'application deadline~',
      'deadline for (?:the )?applications?',
      'closing date for (?:the )?applications?',
      'application closing date',
    ],
  ],
  [
    'complaintDeadline',
    [
      'klagefrist~',
      'ankefrist~',
      'complaints? deadline~',
      'deadline for (?:a |the )?(?:complaints?|appeals?)',
      'appeals? deadline~',
    ],
  ],
  ['referencePeriodEnd', ['referenceperiode~', 'reference period~']],
];

/** "From the end of the calendar year": counts from 31 December of the year in which the event
 * falls, whatever the financial year. The income year (indkomstår) is the calendar year. */
export const CALENDAR_YEAR_PHRASES = [
  'kalenderår~',
  'indkomstår~',
  'udgangen af året',
  'årets udgang',
  'calendar year~',
  'income year~',
];

/** "From the end of the financial year": counts from the end of the financial year in which
 * the event falls (the record date unless another event is named). The Bookkeeping Act's
 * five years are defined that way (§ 12(1)), so naming the act names the anchor. */
export const FISCAL_YEAR_PHRASES = [
  'regnskabsår~',
  'regnskabsperiode~',
  'bogføringslov~',
  'financial year~',
  'fiscal year~',
  'accounting year~',
  'accounting period~',
  'financial period~',
  'fy',
  '(?:danish )?bookkeeping act',
];

/** A period that may end earlier: "op til 1 år", "max. 12 måneder". */
export const CEILING = [
  'op til',
  'optil',
  'max\\.?',
  'maks\\.?',
  'maksimalt',
  'maksimum',
  'maximalt',
  'højst',
  'senest',
  'inden for',
  'indenfor',
  'ikke længere end',
  'up to',
  'at most',
  'at the latest',
  'no longer than',
  'not longer than',
  'no more than',
  'not more than',
  'maximum',
  'within',
];

/** A minimum period: the item may be deleted once it has run, and not before. */
export const FLOOR = [
  'mindst',
  'minimum',
  'minimalt',
  'som minimum',
  'i minimum',
  'ikke mindre end',
  'i hvert fald',
  'at least',
  'a minimum of',
  'for a minimum of',
  'no less than',
  'not less than',
  'no fewer than',
];

/** "whichever is later": the latest alternative wins. */
export const LATEST = [
  'whichever (?:is|comes|happens|occurs) (?:the )?(?:later|last|latest)',
  'whichever is the later',
  'the later of',
  'det seneste af',
  'den seneste af',
  'det senest indtrædende',
  'senest indtrædende',
  'hvad der (?:end )?(?:kommer|sker|indtræffer|indtræder) sidst',
  'hvilket der (?:end )?(?:kommer|sker|indtræffer|indtræder) sidst',
  'hvad der er senest',
];

/** "whichever is earlier": the default, said out loud. */
export const EARLIEST = [
  'whichever (?:is|comes|happens|occurs) (?:the )?(?:earlier|first|sooner|earliest)',
  'whichever is the earlier',
  'the earlier of',
  'det tidligste af',
  'den tidligste af',
  'det først indtrædende',
  'først indtrædende',
  'hvad der (?:end )?(?:kommer|sker|indtræffer|indtræder) først',
  'hvilket der (?:end )?(?:kommer|sker|indtræffer|indtræder) først',
];

/** "kan opbevares længere ved verserende krav": a legal hold stops the clock. */
export const LEGAL_HOLD = [
  'verserende',
  'tvist~',
  'retstvist~',
  'retssag~',
  'retskrav~',
  'retlige krav',
  'juridiske krav',
  'klagesag~ verserer',
  'legal claim~',
  'legal hold~',
  'legal proceeding~',
  'litigation',
  'lawsuit~',
  'dispute~',
  'pending claim~',
  'claims? (?:is |are )?pending',
];

/** Texts with no computable date, where a periodic manual review is the rule. */
export const PURPOSE_BASED = [
  'så længe formål~',
  'så længe (?:det er |der er |de er |den er )?(?:nødvendig~|behov~|relevant~)',
  'formålsbestemt~',
  'formålsbaseret~',
  'formålsafhængig~',
  'as long as (?:it is |they are |is |are )?(?:necessary|needed|required|relevant)',
  'as long as the purpose~',
  'for as long as (?:necessary|needed|required|the purpose~)',
  'purpose[- ]based',
  'purpose[- ]bound',
  'purpose[- ]limited',
];
export const CASE_BY_CASE = [
  'konkret~? vurdering',
  'individuel~? vurdering',
  'manuel~? vurdering',
  'vurderes konkret',
  'vurderes individuelt',
  'vurderes i hvert (?:enkelt )?tilfælde',
  'case[- ]by[- ]case',
  'individual~? assessment',
  'specific assessment',
  'manual~? assessment',
  'assessed individually',
  'assessed case by case',
];
/** "Permanent", "indefinitely": no deletion date, and no rule the product can check. */
export const PERMANENT = [
  'permanent~',
  'for evigt',
  'altid',
  'slettes ikke',
  'slettes aldrig',
  'indefinite~',
  'forever',
  'never deleted',
  'not deleted',
];
/** Said instead of a rule: treated as no rule at all. */
export const NO_RULE = [
  'ingen',
  'none',
  'n/a',
  'na',
  'tbd',
  'todo',
  'ukendt',
  'unknown',
  'ikke angivet',
  'ikke fastsat',
  'not set',
  'not specified',
  'udfyld',
  '«udfyld»',
  'fill in',
  '«fill in»',
];

/** Words that introduce an event: "6 måneder efter …", "5 years from …". */
export const CONNECTORS = [
  'regnet fra',
  'regnet efter',
  'counted from',
  'calculated from',
  'efter',
  'fra',
  'ved',
  'når',
  'after',
  'from',
  'following',
  'upon',
  'on',
  'since',
  'of',
  'when',
  'once',
];

/** Where a clause ends, for telling which words belong to a legal-hold remark. */
export const CLAUSE_WORDS = [
  'medmindre',
  'unless',
  'dog',
  'men',
  'but',
  'except',
  'undtagen',
  'however',
  'hvis',
  'if',
  'eller længere',
  'or longer',
  'kan',
  'can',
  'may',
  'må',
  'eller',
  'or',
];
