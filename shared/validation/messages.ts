// Every message the validator can give, in plain Danish and English: what is wrong and how to fix
// it. `{name}` placeholders are filled from the issue's parameters; `{column}` is the column header.

import { formatMessage, type MessageParams } from '../i18n/format.ts';
import type { Lang, Localized } from '../register/types.ts';

interface Text {
  message: string;
  hint: string;
}
export type MessageEntry = Record<Lang, Text>;

const m = (daMessage: string, daHint: string, enMessage: string, enHint: string): MessageEntry => ({
  da: { message: daMessage, hint: daHint },
  en: { message: enMessage, hint: enHint },
});

export const MESSAGES = {
  placeholder: m(
    'Feltet "{column}" indeholder stadig skabelonens pladsholder.',
    'Erstat pladsholderen med jeres egne oplysninger, eller slet den hvis feltet ikke er relevant.',
    'The field "{column}" still holds the template placeholder.',
    'Replace the placeholder with your own information, or delete it if the field does not apply.',
  ),
  art30Missing: m(
    '"{column}" mangler. Fortegnelsen skal indeholde det ({article}).',
    'Udfyld feltet.{advice}',
    '"{column}" is missing. The record must contain it ({article}).',
    'Fill in the field.{advice}',
  ),
  requiredMissing: m(
    '"{column}" er ikke udfyldt.',
    'Udfyld feltet, så fortegnelsen er komplet og påmindelser kan sendes.',
    '"{column}" is not filled in.',
    'Fill in the field so the record is complete and reminders can be sent.',
  ),
  noActivities: m(
    'Fortegnelsen har ingen behandlingsaktiviteter.',
    'Tilføj en række for hver behandlingsaktivitet, fx lønadministration, rekruttering og kundeservice (art. 30(1)).',
    'The record has no processing activities.',
    'Add a row for each processing activity, e.g. payroll, recruitment and customer service (Art. 30(1)).',
  ),
  activityWithoutGroups: m(
    'Aktiviteten "{name}" har ingen kategorier af registrerede eller personoplysninger.',
    'Tilføj en række pr. gruppe af registrerede i arket Datakategorier, med de oplysninger I behandler om gruppen (art. 30(1)(c)).',
    'The activity "{name}" has no data-subject groups or data categories.',
    'Add one row per data-subject group on the Data categories sheet, with the data you process about that group (Art. 30(1)(c)).',
  ),
  groupWithoutDataCategories: m(
    'Gruppen "{name}" har ingen kategorier af personoplysninger.',
    'Skriv hvilke oplysninger I behandler om gruppen, fx "Navn, Kontaktoplysninger" (art. 30(1)(c)).',
    'The group "{name}" has no personal-data categories.',
    'Write which data you process about the group, e.g. "Name, Contact details" (Art. 30(1)(c)).',
  ),
  recipientNotLinked: m(
    'Modtageren "{name}" er ikke knyttet til nogen oplysninger.',
    'Skriv modtageren i kolonnen Modtagere på de rækker i Datakategorier, hvis oplysninger den modtager, så det fremgår hvilke oplysninger om hvem den får.',
    'The recipient "{name}" is not linked to any data.',
    'Name the recipient in the Recipients column of the Data categories rows whose data it receives, so it is clear which data about whom it gets.',
  ),
  transferNotLinked: m(
    '"{name}" behandler oplysninger i {country}, men ingen af rækkerne der bruger den angiver {country} som tredjeland.',
    'Tilføj {country} i kolonnen Tredjelande på de rækker i Datakategorier, hvis oplysninger overføres (art. 30(1)(e)).',
    '"{name}" processes data in {country}, but none of the rows using it lists {country} as a third country.',
    'Add {country} to the Third countries column of the Data categories rows whose data is transferred (Art. 30(1)(e)).',
  ),
  art9ConditionMissing: m(
    'Aktiviteten behandler følsomme oplysninger ({data}), men der er ingen betingelse efter art. 9(2).',
    'Vælg en betingelse i kolonnen "Art. 9-betingelse", fx "Udtrykkeligt samtykke (art. 9(2)(a))", "DBL § 7(3) sundhedsperson med tavshedspligt" eller "DBL § 12(1) ansættelsesretlige forpligtelser" for ansatte. En coach eller terapeut uden autorisation bruger normalt udtrykkeligt samtykke.',
    'The activity processes special-category data ({data}) but states no Art. 9(2) condition.',
    'Pick a condition in the "Art. 9 condition" column, e.g. "Explicit consent (Art. 9(2)(a))", "DBL § 7(3) health professional with statutory confidentiality" or "DBL § 12(1) employment-law obligations" for employees. An unregistered coach or therapist normally relies on explicit consent.',
  ),
  art10BasisMissing: m(
    'Aktiviteten behandler oplysninger om strafbare forhold ({data}), men der er intet grundlag efter art. 10 / DBL § 8.',
    'Vælg et grundlag i kolonnen "Straffedomme", fx "DBL § 8(3) udtrykkeligt samtykke" for en privat virksomhed eller "DBL § 8(1) offentlig myndighed".',
    'The activity processes criminal-offence data ({data}) but states no Art. 10 / DBL § 8 ground.',
    'Pick a ground in the "Criminal data" column, e.g. "DBL § 8(3) explicit consent" for a private organisation or "DBL § 8(1) public authority".',
  ),
  cprBasisMissing: m(
    'Aktiviteten behandler CPR-numre, men der er ingen hjemmel efter DBL § 11.',
    'Vælg en hjemmel i kolonnen "CPR-hjemmel", fx "DBL § 11(2)(1) lovhjemmel" (løn og skat) for en privat virksomhed eller "DBL § 11(1) offentlig myndighed: entydig identifikation".',
    'The activity processes CPR numbers but states no DBL § 11 ground.',
    'Pick a ground in the "CPR ground" column, e.g. "DBL § 11(2)(1) provided by law" (payroll and tax) for a private organisation or "DBL § 11(1) public authority: unique identification".',
  ),
  publicAuthorityLegitimateInterest: m(
    'En offentlig myndighed kan ikke bruge legitime interesser (art. 6(1)(f)) til sine opgaver.',
    'Brug i stedet myndighedsudøvelse (art. 6(1)(e)) eller retlig forpligtelse (art. 6(1)(c)) med den lov der giver opgaven.',
    'A public authority cannot rely on legitimate interests (Art. 6(1)(f)) for its tasks.',
    'Use public task (Art. 6(1)(e)) or legal obligation (Art. 6(1)(c)) with the law that gives the task instead.',
  ),
  groundWrongSector: m(
    '"{ground}" er et grundlag for {sector}, men organisationen er angivet som {form}.',
    'Vælg det tilsvarende grundlag for {form}, eller ret "Offentlig myndighed" på arket Organisation.',
    '"{ground}" is a ground for {sector}, but the organisation is recorded as {form}.',
    'Pick the matching ground for {form}, or correct "Public authority" on the Organisation sheet.',
  ),
  permissionReferenceMissing: m(
    '"{ground}" kræver Datatilsynets tilladelse, når behandlingen ikke sker for en offentlig myndighed.',
    'Skriv tilladelsens journalnummer (fx 2026-431-0001) i aktivitetens beskrivelse eller forbedringer.',
    '"{ground}" needs the Danish Data Protection Agency\'s permission when the processing is not done for a public authority.',
    "Write the permission's case number (e.g. 2026-431-0001) in the activity's purpose or improvements.",
  ),
  miscitedGround: m(
    '"{value}" er ikke et behandlingsgrundlag: {why}.',
    'Brug "{instead}" eller et andet grundlag i DBL § 11, stk. 1 eller 2.',
    '"{value}" is not a ground for processing: {why}.',
    'Use "{instead}" or another ground in DBL § 11(1) or (2).',
  ),
  balancingNoteMissing: m(
    'Aktiviteten bygger på legitime interesser (art. 6(1)(f)), men der er ingen interesseafvejning.',
    'Skriv kort i kolonnen "Interesseafvejning" hvilken interesse I forfølger, hvorfor behandlingen er nødvendig, og hvorfor den registreredes interesser ikke går forud.',
    'The activity relies on legitimate interests (Art. 6(1)(f)) but records no balancing test.',
    'Write briefly in the "Legitimate interest assessment" column which interest you pursue, why the processing is necessary, and why the data subject\'s interests do not override it.',
  ),
  employeeConsent: m(
    'Aktiviteten bygger på samtykke fra {name}.',
    'Et samtykke fra ansatte er sjældent frivilligt på grund af ulighedsforholdet (EDPB retningslinjer 05/2020). Brug et andet grundlag hvor det findes, og beskriv ellers hvorfor et nej ikke får følger.',
    'The activity relies on consent from {name}.',
    'Consent from staff is rarely freely given because of the imbalance of power (EDPB Guidelines 05/2020). Use another basis where one exists; otherwise describe why refusing has no consequences.',
  ),
  dpoRequired: m(
    'En offentlig myndighed skal udpege en databeskyttelsesrådgiver (art. 37(1)(a)).',
    'Skriv rådgiverens navn og kontaktoplysninger på arket Organisation.',
    'A public authority must designate a data protection officer (Art. 37(1)(a)).',
    "Enter the DPO's name and contact details on the Organisation sheet.",
  ),
  consentRecordMissing: m(
    'Behandlingen bygger på samtykke, men det fremgår ikke hvordan samtykket registreres og trækkes tilbage.',
    'Skriv i kolonnen "Samtykke: registrering og tilbagetrækning" hvor samtykket gemmes og hvordan den registrerede trækker det tilbage (art. 7).',
    'The processing relies on consent, but it does not say how consent is recorded and withdrawn.',
    'Write in the "Consent: how recorded and withdrawn" column where consent is kept and how the person withdraws it (Art. 7).',
  ),
  childConsent: m(
    'Aktiviteten omfatter børn ({name}) og bygger på samtykke.',
    'Børn under 15 kan ikke selv give samtykke til informationssamfundstjenester: forældrene skal samtykke (DBL § 6). Ved andet samtykke, fx til fotos, afhænger det af barnets modenhed (Datatilsynets praksis). Beskriv hvordan alder og forældresamtykke håndteres.',
    'The activity covers children ({name}) and relies on consent.',
    "Children under 15 cannot consent to information-society services themselves: a parent must consent (DBL § 6). For other consent, e.g. to photos, it depends on the child's maturity (Datatilsynet's practice). Describe how age and parental consent are handled.",
  ),
  thirdCountryNoMechanism: m(
    'Oplysninger går til {country}, som ikke har en tilstrækkelighedsafgørelse, men der er intet overførselsgrundlag.',
    'Angiv et grundlag, typisk standardkontraktbestemmelserne fra 2021 med en TIA (art. 46), eller stop overførslen.',
    'Data goes to {country}, which has no adequacy decision, but no transfer mechanism is stated.',
    'State a mechanism, usually the 2021 standard contractual clauses with a TIA (Art. 46), or stop the transfer.',
  ),
  usaNeedsDpf: m(
    'Overførsler til USA er kun dækket af tilstrækkelighedsafgørelsen, hvis modtageren er certificeret under Data Privacy Framework.',
    'Tjek modtagerens certificering på dataprivacyframework.gov og vælg "EU-US Data Privacy Framework"; ellers brug standardkontraktbestemmelser med en TIA.',
    'Transfers to the USA are covered by the adequacy decision only when the recipient is certified under the Data Privacy Framework.',
    'Check the recipient\'s certification on dataprivacyframework.gov and pick "EU-US Data Privacy Framework"; otherwise use standard contractual clauses with a TIA.',
  ),
  adequacyNotAvailable: m(
    'Der er ingen tilstrækkelighedsafgørelse for {country}, så den kan ikke bruges som grundlag.',
    'Vælg et andet grundlag, fx standardkontraktbestemmelserne fra 2021 med en TIA.',
    'There is no adequacy decision for {country}, so it cannot be the basis.',
    'Pick another mechanism, e.g. the 2021 standard contractual clauses with a TIA.',
  ),
  outdatedTransferBasis: m(
    'Overførselsgrundlaget "{mechanism}" har ikke været gyldigt siden {since} ({ref}).',
    'Skift til {replacement}.',
    'The transfer mechanism "{mechanism}" has not been valid since {since} ({ref}).',
    'Switch to {replacement}.',
  ),
  adequacyScope: m(
    'Tilstrækkelighedsafgørelsen for {country} dækker ikke alle modtagere: {scope}',
    'Tjek at modtageren er omfattet af afgørelsen; ellers brug standardkontraktbestemmelserne fra 2021 med en TIA.',
    'The adequacy decision for {country} does not cover every recipient: {scope}',
    'Check that the recipient is covered by the decision; otherwise use the 2021 standard contractual clauses with a TIA.',
  ),
  art49ForProcessor: m(
    'Databehandleren "{name}" overfører oplysninger løbende på en undtagelse i art. 49.',
    'Undtagelserne i art. 49 er til lejlighedsvise overførsler, ikke en databehandlers faste drift (EDPB retningslinjer 2/2018). Brug tilstrækkelighed eller standardkontraktbestemmelserne fra 2021 med en TIA.',
    'The processor "{name}" transfers data regularly on an Art. 49 derogation.',
    "Art. 49 derogations are for occasional transfers, not a processor's regular service (EDPB Guidelines 2/2018). Use adequacy or the 2021 standard contractual clauses with a TIA.",
  ),
  adequacyExpired: m(
    'Tilstrækkelighedsafgørelsen for {country} udløb {date}.',
    'Tjek om afgørelsen er forlænget, og opdater ellers grundlaget, fx til standardkontraktbestemmelser med en TIA.',
    'The adequacy decision for {country} expired on {date}.',
    'Check whether the decision was renewed; otherwise change the mechanism, e.g. to standard contractual clauses with a TIA.',
  ),
  art49Derogation: m(
    'Overførslen bygger på en undtagelse i art. 49.',
    'Undtagelserne er til lejlighedsvise overførsler. Dokumentér hvorfor et grundlag efter art. 45 eller 46 ikke kan bruges.',
    'The transfer relies on an Art. 49 derogation.',
    'Derogations are for occasional transfers. Document why an Art. 45 or 46 mechanism cannot be used.',
  ),
  dpaMissing: m(
    'Databehandleren "{name}" har ingen dato for databehandleraftalen.',
    'Indgå en databehandleraftale (art. 28) og skriv datoen den blev underskrevet.',
    'The processor "{name}" has no data processing agreement date.',
    'Sign a data processing agreement (Art. 28) and enter the date it was signed.',
  ),
  personAsJointController: m(
    '"{name}" ser ud til at være en person eller en intern modtager, men er angivet som fælles dataansvarlig.',
    'En medarbejder er aldrig fælles dataansvarlig. Vælg typen "Intern modtager", eller skriv organisationens navn hvis det er en anden virksomhed.',
    '"{name}" looks like a person or an internal recipient but is typed as joint controller.',
    'An employee is never a joint controller. Pick the type "Internal recipient", or give the organisation\'s name if it is another company.',
  ),
  independentAsProcessor: m(
    '"{name}" er normalt selvstændig dataansvarlig ({category}), men er angivet som databehandler.',
    'Fx Skattestyrelsen, pensionsselskaber og banker bestemmer selv formålet og er ikke jeres databehandlere. Vælg "Selvstændig dataansvarlig" eller "Offentlig myndighed".',
    '"{name}" is normally an independent controller ({category}) but is typed as a processor.',
    'Tax authorities, pension funds and banks, for example, decide their own purposes and are not your processors. Pick "Independent controller" or "Public authority".',
  ),
  unknownReference: m(
    '"{value}" findes ikke i arket {target}.',
    'Ret stavningen så den svarer til et navn i arket {target}, eller tilføj en række der.',
    '"{value}" does not exist on the {target} sheet.',
    'Correct the spelling to match a name on the {target} sheet, or add a row there.',
  ),
  retentionMissing: m(
    'Aktiviteten "{name}" har ingen slettefrist.',
    'Skriv en slettefrist, fx "5 år fra udgangen af regnskabsåret", på aktiviteten eller på hver række i Datakategorier (art. 30(1)(f)).',
    'The activity "{name}" has no retention rule.',
    'Write a retention rule, e.g. "5 years from the end of the financial year", on the activity or on each of its Data categories rows (Art. 30(1)(f)).',
  ),
  retentionNotUnderstood: m(
    'Slettefristen "{value}" kunne ikke forstås, så der kan ikke beregnes en dato. {explanation}',
    'Skriv en periode og hvad den regnes fra, fx "6 måneder efter modtagelse" eller "3 år efter ophør af kundeforholdet".',
    'The retention rule "{value}" was not understood, so no date can be computed. {explanation}',
    'Write a period and what it counts from, e.g. "6 months after receipt" or "3 years after the customer relationship ends".',
  ),
  reviewMissing: m(
    'Det fremgår ikke hvornår aktiviteten sidst blev gennemgået.',
    'Gennemgå aktiviteten og skriv datoen i "Senest gennemgået". Fortegnelsen skal holdes ajour.',
    'It does not say when the activity was last reviewed.',
    'Review the activity and enter the date in "Last reviewed". The record must be kept up to date.',
  ),
  reviewStale: m(
    'Aktiviteten blev sidst gennemgået {date}, for mere end 12 måneder siden.',
    'Gennemgå aktiviteten og opdater datoen.',
    'The activity was last reviewed on {date}, more than 12 months ago.',
    'Review the activity and update the date.',
  ),
  dpiaLikely: m(
    'En konsekvensanalyse er sandsynligvis nødvendig: {reason}.',
    'Vurder om en konsekvensanalyse er nødvendig (art. 35), og opdater kolonnen "Konsekvensanalyse".',
    'A data protection impact assessment is likely needed: {reason}.',
    'Assess whether a DPIA is needed (Art. 35) and update the "DPIA" column.',
  ),
  duplicateId: m(
    'Id\'et "{value}" findes også i række {other}.',
    "Id'er skal være unikke. Slet id'et i den kopierede række, så tilføjelsen laver et nyt.",
    'The id "{value}" is also used on row {other}.',
    'Ids must be unique. Clear the id on the copied row so the add-on makes a new one.',
  ),
  duplicateName: m(
    'Navnet "{value}" findes også i række {other}.',
    'Giv rækkerne forskellige navne, så henvisninger fra andre ark er entydige.',
    'The name "{value}" is also used on row {other}.',
    'Give the rows different names so references from other sheets are unambiguous.',
  ),
  invalidEmail: m(
    '"{value}" er ikke en gyldig e-mailadresse: formen er ikke navn@domæne.',
    'Skriv én almindelig adresse som navn@firma.dk: bogstaver, tal og . _ - + før @, ingen mellemrum, koloner, kommaer eller vinkelparenteser.',
    '"{value}" is not a valid email address: its form is not name@domain.',
    'Enter one plain address such as name@company.com: letters, digits and . _ - + before the @, no spaces, colons, commas or angle brackets.',
  ),
  invalidEmailNotAscii: m(
    '"{value}" er ikke en gyldig e-mailadresse: den indeholder tegn uden for ASCII.',
    'Skriv æ, ø og å som ae, oe og aa, eller brug den adresse mailsystemet viser, fx soeren@firma.dk.',
    '"{value}" is not a valid email address: it contains characters outside ASCII.',
    'Write æ, ø and å as ae, oe and aa, or use the address your mail system shows, e.g. soeren@company.com.',
  ),
  invalidEmailTooLong: m(
    '"{value}" er ikke en gyldig e-mailadresse: den er for lang.',
    'En adresse må højst have 64 tegn før @ og 254 i alt. Brug en kortere adresse, fx en fælles postkasse.',
    '"{value}" is not a valid email address: it is too long.',
    'An address may have at most 64 characters before the @ and 254 in all. Use a shorter one, e.g. a shared mailbox.',
  ),
  identifyingReference: m(
    'Referencen "{value}" ligner {kind}.',
    'Brug en pseudonym reference som kundenummer, sagsnummer eller initialer. Slettelogen må ikke blive en kopi af personoplysningerne.',
    'The reference "{value}" looks like {kind}.',
    'Use a pseudonymous reference such as a client number, case id or initials. The retention log must not become a copy of the personal data.',
  ),
  deletionLogEdited: m(
    'Denne post i sletningsbeviset er ændret efter den blev skrevet.',
    'Sletningsbeviset må ikke redigeres. Gendan den oprindelige værdi fra versionshistorikken, og notér ændringen.',
    'This deletion-log entry was changed after it was written.',
    'The deletion log must not be edited. Restore the original value from the version history and note the change.',
  ),
  deletionLogBrokenLink: m(
    'Kæden i sletningsbeviset er brudt her: en post ovenover er slettet, indsat eller flyttet.',
    'Gendan de manglende poster fra versionshistorikken. Poster må ikke slettes eller sorteres.',
    'The deletion-log chain is broken here: an entry above was removed, inserted or moved.',
    'Restore the missing entries from the version history. Entries must not be deleted or sorted.',
  ),
  deletionLogMissingHash: m(
    'Denne post i sletningsbeviset har ingen hash.',
    'Registrér sletninger med "Markér slettet", ikke ved at skrive i arket.',
    'This deletion-log entry has no hash.',
    'Record deletions with "Mark deleted", not by typing into the sheet.',
  ),
  deletionLogShrunk: m(
    'Sletningsbeviset er kortere end da workeren sidst så det: det havde {count|# post|# poster}.',
    'Poster må ikke slettes. Gendan de manglende poster fra versionshistorikken (Filer → Versionshistorik).',
    'The deletion log is shorter than when the worker last saw it: it had {count|# entry|# entries}.',
    'Entries must not be deleted. Restore the missing entries from the version history (File → Version history).',
  ),
  deletionLogRewritten: m(
    'Denne post er ikke længere den workeren så ved en tidligere synkronisering: loggen er skrevet om.',
    'Gendan sletningsbeviset fra versionshistorikken. Poster må ikke redigeres, sorteres eller beregnes igen.',
    'This entry is no longer the one the worker saw at an earlier sync: the log was rewritten.',
    'Restore the deletion log from the version history. Entries must not be edited, sorted or recomputed.',
  ),
  deletionLogUnsigned: m(
    'Denne post er ikke signeret: den er ikke registreret med tilføjelsen eller fra en påmindelse.',
    'Registrér sletninger med "Markér slettet" eller svar i påmindelsen. En post skrevet direkte i arket er ikke bevis.',
    'This entry is not signed: it was not recorded with the add-on or from a reminder.',
    'Record deletions with "Mark deleted" or answer in the reminder. An entry typed into the sheet is not evidence.',
  ),
  deletionLogBadSignature: m(
    'Signaturen på denne post passer ikke til postens indhold.',
    'Posten er ændret eller opdigtet. Gendan den oprindelige post fra versionshistorikken.',
    "This entry's signature does not match its content.",
    'The entry was changed or invented. Restore the original entry from the version history.',
  ),
  deletionLogVouched: m(
    'Workeren står inde for denne post: den er et svar på en påmindelse og signeret af workeren.',
    'Intet at gøre.',
    'The worker vouches for this entry: it is an answer to a reminder, signed by the worker.',
    'Nothing to do.',
  ),
  unknownValue: m(
    '"{value}" er ikke en kendt værdi for "{column}".',
    'Vælg en værdi fra rullelisten. Egne værdier kan tilføjes nederst i arket Lister, hvor kolonnen tillader det.',
    '"{value}" is not a known value for "{column}".',
    'Pick a value from the dropdown. Your own values can be added at the bottom of the Lists sheet where the column allows it.',
  ),
  invalidDate: m(
    '"{value}" er ikke en dato, der kan regnes med.',
    'Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-03-01, eller vælg den i kalenderen.',
    '"{value}" is not a date that can be computed with.',
    'Enter the date as YYYY-MM-DD, e.g. 2026-03-01, or pick it from the calendar.',
  ),
  invalidDateTime: m(
    '"{value}" er ikke et tidspunkt med tidszone, der kan regnes med.',
    'Skriv dato og klokkeslæt i cellen (fx 2026-03-27 09:00), eller som ÅÅÅÅ-MM-DDTtt:mm+01:00.',
    '"{value}" is not a date and time with a time zone that can be computed with.',
    'Enter a date and time in the cell (e.g. 2026-03-27 09:00), or as YYYY-MM-DDThh:mm+01:00.',
  ),
  // The Breaches sheet (shared/validation/rules/breaches.ts, rules in shared/breaches/assess.ts).
  breachAwarenessMissing: m(
    'Bruddet mangler tidspunktet, hvor organisationen fik kendskab til det.',
    'Udfyld "{column}". Fristen på 72 timer for at anmelde bruddet løber derfra (art. 33, stk. 1).',
    'The breach lacks the time the organisation became aware of it.',
    'Fill in "{column}". The 72 hours for notifying the breach run from then (Art. 33(1)).',
  ),
  breachAwareBeforeStart: m(
    'Kendskab til bruddet ligger før bruddet startede.',
    'Tjek de to tidspunkter: man kan ikke kende til et brud, før det er sket.',
    'Awareness of the breach is recorded before the breach started.',
    'Check both times: nobody can be aware of a breach before it happened.',
  ),
  breachNotifyOverdue: m(
    'Bruddet er ikke anmeldt til Datatilsynet, og fristen udløb {notifyBy}.',
    'Anmeld bruddet til Datatilsynet nu og skriv begrundelsen for forsinkelsen (art. 33, stk. 1), eller vurder risikoen som "Ingen risiko", hvis bruddet sandsynligvis ikke medfører en risiko.',
    'The breach has not been notified to Datatilsynet, and the deadline passed {notifyBy}.',
    'Notify Datatilsynet now and give the reasons for the delay (Art. 33(1)), or assess the risk as "No risk" if the breach is unlikely to result in a risk.',
  ),
  breachNotifyDue: m(
    'Bruddet er ikke anmeldt til Datatilsynet endnu. Fristen er {notifyBy}.',
    'Anmeld bruddet inden 72 timer efter kendskab (art. 33, stk. 1), eller vurder risikoen som "Ingen risiko", hvis bruddet sandsynligvis ikke medfører en risiko.',
    'The breach has not been notified to Datatilsynet yet. The deadline is {notifyBy}.',
    'Notify within 72 hours of awareness (Art. 33(1)), or assess the risk as "No risk" if the breach is unlikely to result in a risk.',
  ),
  breachLateWithoutReason: m(
    'Bruddet blev anmeldt efter fristen ({notifyBy}) uden begrundelse for forsinkelsen.',
    'Skriv begrundelsen i "{column}" (art. 33, stk. 1).',
    'The breach was notified after the deadline ({notifyBy}) without a reason for the delay.',
    'Write the reasons in "{column}" (Art. 33(1)).',
  ),
  breachSubjectsNotInformed: m(
    'Bruddet er vurderet som høj risiko, men de registrerede er ikke underrettet.',
    'Underret de registrerede uden unødig forsinkelse (art. 34, stk. 1) og skriv hvornår, eller vælg grunden i art. 34, stk. 3, til ikke at gøre det.',
    'The breach is assessed as a high risk, but the data subjects have not been informed.',
    'Inform the data subjects without undue delay (Art. 34(1)) and record when, or pick the Art. 34(3) ground for not doing so.',
  ),
  breachControllerNotNotified: m(
    'Som databehandler skal I underrette den dataansvarlige om bruddet.',
    'Underret den dataansvarlige uden unødig forsinkelse (art. 33, stk. 2) og skriv hvornår i "{column}".',
    'As a processor you must notify the controller of the breach.',
    'Notify the controller without undue delay (Art. 33(2)) and record when in "{column}".',
  ),
  invalidNumber: m(
    '"{value}" er ikke et tal.',
    'Skriv et helt tal, fx 14.',
    '"{value}" is not a number.',
    'Enter a whole number, e.g. 14.',
  ),
  invalidBoolean: m(
    '"{value}" er hverken ja eller nej.',
    'Skriv "Ja" eller "Nej", eller brug afkrydsningsfeltet.',
    '"{value}" is neither yes nor no.',
    'Enter "Yes" or "No", or use the checkbox.',
  ),
  unexpectedNumber: m(
    '"{column}" indeholder tallet {value}, men skal være tekst.',
    'Skriv en beskrivelse med ord.',
    '"{column}" holds the number {value} but should be text.',
    'Write a description in words.',
  ),
  textTooLong: m(
    'Teksten i "{column}" er meget lang ({value} tegn).',
    'Fortegnelsen skal give et overblik: skriv kort, og henvis til et andet dokument for detaljer.',
    'The text in "{column}" is very long ({value} characters).',
    'The record should give an overview: keep it short and refer to another document for details.',
  ),
  formulaAsText: m(
    '"{column}" indeholder en formel som tekst: {value}',
    'Skriv selve værdien i stedet for en formel.',
    '"{column}" holds a formula as text: {value}',
    'Enter the value itself instead of a formula.',
  ),
  processorRecordEmpty: m(
    'Organisationen er databehandler, men databehandlerfortegnelsen er tom.',
    'Tilføj en række for hver dataansvarlig I behandler for, med kategorier af behandling, overførsler og sikkerhed (art. 30(2)).',
    'The organisation is a processor, but the processor record is empty.',
    'Add a row for each controller you process for, with the categories of processing, transfers and security measures (Art. 30(2)).',
  ),
  eventDateMissing: m(
    'Slettefristen regnes fra "{event}", men rækken har ingen hændelsesdato, så der kan ikke beregnes en slettedato.',
    'Skriv datoen for "{event}" i kolonnen Hændelsesdato.',
    'The retention rule counts from "{event}", but the row has no event date, so no deletion date can be computed.',
    'Enter the date of "{event}" in the Event date column.',
  ),
  extensionReasonMissing: m(
    'Fristen er forlænget, men der er ingen begrundelse.',
    'Skriv hvorfor oplysningerne opbevares længere, fx en verserende sag.',
    'The deadline is extended but no reason is given.',
    'Write why the data is kept longer, e.g. a pending case.',
  ),
  notThirdCountry: m(
    '{country} er i EU/EØS og er ikke et tredjeland.',
    'Fjern landet fra Tredjelande, eller skriv "Ingen" hvis der ikke er overførsler.',
    '{country} is in the EU/EEA and is not a third country.',
    'Remove the country from Third countries, or write "None" if there are no transfers.',
  ),
  identifyingRequestReference: m(
    'Referencen "{value}" ligner {kind}.',
    'Brug sagsnummeret fra jeres eget sagssystem. Navn, e-mail og CPR-nr. bliver i sagssystemet, så anmodningsloggen ikke bliver en kopi af personoplysningerne.',
    'The reference "{value}" looks like {kind}.',
    'Use the case number from your own case system. Names, emails and CPR numbers stay in the case system, so the request log does not become a copy of the personal data.',
  ),
  requestOverdue: m(
    'Anmodningen skulle være besvaret senest {due} ({n|# dag|# dage} over fristen).',
    'Besvar anmodningen nu, og skriv datoen i "Besvaret". Fristen er en måned fra modtagelsen (art. 12(3)); overskridelser kan påtales af Datatilsynet.',
    'The request had to be answered by {due} ({n|# day|# days} past the deadline).',
    'Answer the request now and enter the date under "Answered". The deadline is one month from receipt (Art. 12(3)); the supervisory authority may act on a missed one.',
  ),
  requestDueSoon: m(
    'Anmodningen skal besvares senest {due} (om {n|# dag|# dage}).',
    'Besvar den inden fristen, eller forlæng fristen med en begrundelse, som den registrerede får at vide inden for den første måned (art. 12(3)).',
    'The request must be answered by {due} (in {n|# day|# days}).',
    'Answer it before the deadline, or extend it with a reason that the data subject is told within the first month (Art. 12(3)).',
  ),
  requestExtensionWithoutNotice: m(
    'Forlængelsen gælder ikke: den registrerede skal have besked senest {lastDay}, og rækken viser ingen rettidig dato. Fristen er derfor {due}.',
    'Skriv datoen, hvor den registrerede fik besked om forlængelsen og begrundelsen, i "Forlængelse meddelt". Besked efter den første måned forlænger ikke fristen (art. 12(3)).',
    'The extension does not count: the data subject must be told by {lastDay}, and the row shows no date in time. The deadline is therefore {due}.',
    'Enter the date the data subject was told of the extension and why under "Extension notified". Notice after the first month does not extend the deadline (Art. 12(3)).',
  ),
  requestExtensionWithoutReason: m(
    'Forlængelsen gælder ikke: der er ingen begrundelse. Fristen er derfor {due}.',
    'Skriv begrundelsen, som den registrerede fik (fx anmodningens kompleksitet eller antallet af anmodninger), i "Begrundelse for forlængelse" (art. 12(3)).',
    'The extension does not count: no reason is given. The deadline is therefore {due}.',
    'Enter the reason the data subject was given (e.g. the complexity or number of requests) under "Reason for extension" (Art. 12(3)).',
  ),
  requestRefusalReasonMissing: m(
    'Anmodningen er afvist uden begrundelse.',
    'Vælg begrundelsen, som den registrerede fik sammen med muligheden for at klage til Datatilsynet og gå til domstolene (art. 12(4)).',
    'The request was refused without a reason.',
    'Pick the reason the data subject was given, together with the possibility to complain to the supervisory authority and seek a judicial remedy (Art. 12(4)).',
  ),
  requestErasureExceptions: m(
    'Aktiviteten "{name}" har behandlingsgrundlag, der kan begrunde en undtagelse fra sletning: {exceptions}.',
    'Slet det, der ikke er nødvendigt for undtagelsen; undtagelsen gælder kun i det omfang behandlingen er nødvendig (art. 17(3)).',
    'The activity "{name}" has legal bases that may justify an exception to erasure: {exceptions}.',
    'Erase what the exception does not need; it applies only to the extent the processing is necessary (Art. 17(3)).',
  ),
} satisfies Record<string, MessageEntry>;

export type IssueCode = keyof typeof MESSAGES;

/** Words used inside messages, in both languages. */
export const PHRASES = {
  noneAdvice: {
    none: {
      da: ' Er der ingen, så skriv "Ingen" så det fremgår at I har taget stilling.',
      en: ' If there are none, write "None" so it is clear you considered it.',
    },
  },
  sector: {
    public: { da: 'offentlige myndigheder', en: 'public authorities' },
    private: { da: 'private', en: 'private bodies' },
  },
  form: {
    public: { da: 'offentlig myndighed', en: 'a public authority' },
    private: { da: 'privat', en: 'a private body' },
  },
  identifyingKind: {
    cpr: { da: 'et CPR-nummer', en: 'a CPR number' },
    email: { da: 'en e-mailadresse', en: 'an email address' },
    name: { da: 'et fuldt navn', en: 'a full name' },
  },
  dpiaReason: {
    largeScaleSpecial: {
      da: 'følsomme oplysninger om mange grupper af registrerede',
      en: 'special-category data about many groups of data subjects',
    },
    monitoring: { da: 'systematisk overvågning ({value})', en: 'systematic monitoring ({value})' },
    childrenProfiling: {
      da: 'børns oplysninger med automatiske afgørelser eller profilering',
      en: "children's data with automated decisions or profiling",
    },
  },
} satisfies Record<string, Record<string, Localized>>;

export type { MessageParams };

/** The message and hint of `code` in `lang`, with its placeholders filled. */
export function renderMessage(code: IssueCode, lang: Lang, params: MessageParams): Text {
  const text = MESSAGES[code][lang];
  return { message: formatMessage(lang, text.message, params), hint: formatMessage(lang, text.hint, params) };
}
