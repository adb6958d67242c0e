// Every word of the reminder emails, in Danish and English: one catalogue, so a translation
// is a change of data, and a test can check that both languages say the same things.
// Sheet and column names are read from the register schema, so the footer names exactly
// what the user sees in the spreadsheet.

import { MONTH_NAMES } from '../../shared/i18n/dateWords.ts';
import { formatMessage } from '../../shared/i18n/format.ts';
import { columnDef, sheetDef } from '../../shared/register/schema.ts';
import type { Lang } from '../../shared/register/types.ts';
import type { CapKind } from '../job/caps.ts';
import type { RedirectReason } from '../recipients/book.ts';

export interface Counts {
  overdue: number;
  due: number;
  dueSoon: number;
  routines: number;
  reviews: number;
  /** Data-subject requests, whatever their stage (each line's badge says it). */
  requests: number;
}

export interface EmailCatalogue {
  months: readonly string[];
  /** Short form for table cells: "1. mar. 2026" / "1 Mar 2026". */
  formatDate(iso: string): string;
  longMonths: readonly string[];
  /** Long form for the heading: "25. november 2026" / "25 November 2026". */
  formatLongDate(iso: string): string;
  subject: {
    digest(register: string, counts: Counts): string;
    /** `withRequests`: some escalated items are data-subject requests, not deletions. */
    escalation(register: string, items: number, withRequests?: boolean): string;
    notice(register: string): string;
  };
  heading: {
    /** The line under the register's name. */
    runDate(date: string): string;
  };
  /** One sentence under the heading that says what the subject line says. */
  summary: {
    digest(counts: Counts): string;
    escalation(items: number, withRequests?: boolean): string;
    notice(notices: number): string;
  };
  intro: {
    digest: string;
    escalation(afterDays: number, withRequests?: boolean): string;
    notice: string;
  };
  columns: {
    activity: string;
    /** The reference with the status badge under it. */
    reference: string;
    /** The last day on which deletion is on time. */
    due: string;
    /** The date column's header when the list mixes deletions with routines or reviews. */
    deadline: string;
    rule: string;
    link: string;
  };
  /** The date's label in the plain text, which names each value: a routine is run by its
   * date and a review done by it, only a holding is deleted by it. */
  dueLabel: { holding: string; routine: string; review: string; request: string };
  /** A request's line gives its statutory period rather than a retention rule. */
  requestPeriod: { month: string; extended: string };
  /** A minimum period's date: the first day deletion is allowed, never a deadline. */
  mayDeleteFrom: string;
  /** A routine's line in the plain text gives its cadence rather than a retention rule. */
  cadence: string;
  /** The badge on each item. */
  status: {
    overdue(days: number): string;
    due: string;
    dueSoon: string;
    stale(daysLate: number): string;
    neverRun: string;
    mayDelete: string;
    floorReview: string;
  };
  /** Section titles of the plain text, one per status. */
  stage: {
    dueSoon: string;
    due: string;
    overdue: string;
    stale: string;
    neverRun: string;
    mayDelete: string;
    floorReview: string;
  };
  routineReference: string;
  reviewReference: string;
  extended: string;
  openRow: string;
  noDate: string;
  more(n: number): string;
  notice: {
    staleSync(lastSync: string, days: number): string;
    failingAddress(address: string, since: string, runs: number): string;
    inactiveRegister(lastSync: string, deleteOn: string): string;
    addressLeft(address: string, state: 'unsubscribed' | 'failing', since: string): string;
    capReached(cap: CapKind, limit: number, held: number): string;
  };
  /** The note above items that belong to another address which may not receive email. */
  redirected(address: string, reason: RedirectReason): string;
  /** The last footer line of every email: how to stop receiving them. */
  unsubscribe: { text: string; link: string };
  confirmation: ConfirmationCatalogue;
  footer: {
    owner(register: string): string;
    admin(register: string): string;
    escalation(register: string): string;
    notice(register: string): string;
    changeOwner: string;
    changeContacts: string;
  };
}

/** The confirmation email: who added the address, to which register, what it will receive. */
export interface ConfirmationCatalogue {
  subject(register: string): string;
  heading: string;
  addedBy(register: string, by: string | null): string;
  roles: {
    owner(activities: number): string;
    requests(requests: number): string;
    breaches(breaches: number): string;
    admin: string;
    escalation: string;
  };
  willReceive: string;
  confirmButton: string;
  nothingHappens: string;
  resend: string;
}

const activitiesSheet = sheetDef('activities').title;
const organisationSheet = sheetDef('organisation').title;
const ownerColumn = columnDef('activities', 'owner')?.header ?? { da: 'Ansvarlig', en: 'Owner' };
const adminField = columnDef('organisation', 'adminEmail')?.header ?? {
  da: 'Administrator',
  en: 'Administrator',
};
const escalationField = columnDef('organisation', 'escalationEmail')?.header ?? {
  da: 'Eskaleringskontakt',
  en: 'Escalation contact',
};

function isoParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function list(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** A digest of data-subject requests only is not about deletion. */
const onlyRequests = (c: Counts) =>
  c.requests > 0 && c.overdue + c.due + c.dueSoon + c.routines + c.reviews === 0;

// The counts as the subject and the summary line both say them.
function daCounts(c: Counts): string {
  const parts: string[] = [];
  if (c.overdue) parts.push(`${c.overdue} overskredet`);
  if (c.due) parts.push(`${c.due} forfalder i dag`);
  if (c.dueSoon) parts.push(`${c.dueSoon} forfalder snart`);
  if (c.routines) parts.push(formatMessage('da', '{n|# sletterutine|# sletterutiner}', { n: c.routines }));
  if (c.reviews) parts.push(formatMessage('da', '{n|# gennemgang|# gennemgange}', { n: c.reviews }));
  if (c.requests)
    parts.push(
      formatMessage('da', '{n|# anmodning fra en registreret|# anmodninger fra registrerede}', {
        n: c.requests,
      }),
    );
  return list(parts, 'og');
}

const daDays = (n: number) => formatMessage('da', '{n|# dag|# dage}', { n });

const DA_REASONS: Record<RedirectReason, string> = {
  waiting: 'endnu ikke har bekræftet sin e-mailadresse',
  confirmed: 'har bekræftet sin adresse',
  unsubscribed: 'har frameldt sig e-mails',
  failing: 'ikke kan modtage e-mail (afvist)',
  overCap: 'ikke er med, fordi fortegnelsen har nået sit loft over modtagere',
};

const DA_CAPS: Record<CapKind, (limit: number, held: number) => string> = {
  recipients: (limit, held) =>
    `Fortegnelsen nævner flere end ${limit} e-mailadresser, det højeste antal modtagere. ${held} adresser er ikke med; deres elementer går til dig.`,
  confirmations: (limit, held) =>
    `Højst ${limit} bekræftelses-e-mails sendes pr. nat. ${held} adresser venter på deres bekræftelse og får den de kommende nætter; deres elementer går til dig imens.`,
  registerMessages: (limit, held) =>
    `Fortegnelsen nåede loftet på ${limit} e-mails i nat. ${held} e-mails venter til i morgen nat.`,
  deploymentMessages: (limit, held) =>
    `Tjenesten nåede sit samlede loft på ${limit} e-mails i nat. ${held} e-mails fra denne fortegnelse venter til i morgen nat.`,
};

const da: EmailCatalogue = {
  months: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  formatDate(iso) {
    const [y, m, d] = isoParts(iso);
    return `${d}. ${this.months[m - 1]} ${y}`;
  },
  longMonths: MONTH_NAMES.da,
  formatLongDate(iso) {
    const [y, m, d] = isoParts(iso);
    return `${d}. ${this.longMonths[m - 1]} ${y}`;
  },
  subject: {
    digest: (register, c) => `${onlyRequests(c) ? 'Anmodninger' : 'Sletning'}: ${daCounts(c)} – ${register}`,
    escalation: (register, n, withRequests) =>
      formatMessage(
        'da',
        withRequests
          ? 'Eskalering: {n|# frist|# frister} langt overskredet – {register}'
          : 'Eskalering: {n|# sletning|# sletninger} langt over fristen – {register}',
        { n, register },
      ),
    notice: (register) => `Art30 kræver din opmærksomhed – ${register}`,
  },
  heading: {
    runDate: (date) => `Status pr. ${date}`,
  },
  summary: {
    digest: (c) => `I denne e-mail: ${daCounts(c)}.`,
    escalation: (n, withRequests) =>
      formatMessage(
        'da',
        withRequests
          ? 'I denne e-mail: {n|# frist|# frister} langt overskredet.'
          : 'I denne e-mail: {n|# sletning|# sletninger} langt over fristen.',
        { n },
      ),
    notice: (n) =>
      formatMessage('da', '{n|# punkt|# punkter} ved fortegnelsen kræver din opmærksomhed.', { n }),
  },
  intro: {
    digest: 'Disse sletninger og opgaver i fortegnelsen venter på dig.',
    escalation: (days, withRequests) =>
      withRequests
        ? `Disse frister er overskredet med ${days} dage eller mere. Ansvarlige har fået påmindelser, uden at sletningerne er markeret som udført eller anmodningerne som besvaret.`
        : `Disse sletninger er ${days} dage eller mere over fristen. Ansvarlige har fået påmindelser uden at de er markeret som slettet.`,
    notice: 'Der er noget ved fortegnelsens opsætning, du bør se på.',
  },
  columns: {
    activity: 'Behandlingsaktivitet',
    reference: 'Reference og status',
    due: 'Slettes senest',
    deadline: 'Frist',
    rule: 'Regel',
    link: 'Regneark',
  },
  dueLabel: {
    holding: 'Slettes senest',
    routine: 'Køres senest',
    review: 'Gennemgås senest',
    request: 'Besvares senest',
  },
  requestPeriod: {
    month: 'Svar inden for en måned fra modtagelsen (art. 12(3))',
    extended: 'Fristen er forlænget til tre måneder fra modtagelsen (art. 12(3))',
  },
  mayDeleteFrom: 'Må slettes fra',
  cadence: 'Interval',
  status: {
    overdue: (days) => `Overskredet med ${daDays(days)}`,
    due: 'Forfalder i dag',
    dueSoon: 'Forfalder snart',
    stale: (days) => (days > 0 ? `Gennemgang ${daDays(days)} for sent` : 'Gennemgang mangler'),
    neverRun: 'Aldrig kørt',
    mayDelete: 'Må nu slettes: tag stilling',
    floorReview: 'Gennemgå: ingen beslutning om sletning',
  },
  stage: {
    dueSoon: 'Forfalder snart',
    due: 'Forfalder i dag',
    overdue: 'Overskredet',
    stale: 'Gennemgang mangler',
    neverRun: 'Aldrig kørt',
    mayDelete: 'Må nu slettes: tag stilling',
    floorReview: 'Gennemgå: ingen beslutning om sletning',
  },
  routineReference: 'Sletterutine',
  reviewReference: 'Årlig gennemgang af aktiviteten',
  extended: 'forlænget',
  openRow: 'Åbn rækken',
  noDate: '–',
  more: (n) => `… og ${n} mere. Se alle i regnearket.`,
  notice: {
    staleSync: (last, days) =>
      `Fortegnelsen er sidst synkroniseret ${last} (${days} dage siden). Påmindelserne bygger på den gamle kopi: åbn regnearket og vælg Synkronisér.`,
    failingAddress: (address, since, runs) =>
      `Påmindelser til ${address} er ikke kommet frem ved de seneste ${runs} kørsler (siden ${since}). Ret adressen eller vælg en anden ansvarlig.`,
    inactiveRegister: (last, deleteOn) =>
      `Fortegnelsen er ikke synkroniseret siden ${last}. Alt hvad Art30-tjenesten opbevarer om den slettes ${deleteOn}, medmindre den synkroniseres inden da.`,
    addressLeft: (address, state, since) =>
      state === 'unsubscribed'
        ? `${address} har frameldt sig e-mails fra fortegnelsen (${since}). Elementerne går nu til dig; vælg en anden ansvarlig, eller bed personen om at tilmelde sig igen.`
        : `E-mails til ${address} kommer ikke frem (afvist siden ${since}). Elementerne går nu til dig; ret adressen eller vælg en anden ansvarlig.`,
    capReached: (cap, limit, held) => DA_CAPS[cap](limit, held),
  },
  redirected: (address, reason) =>
    `Nogle af disse elementer hører til ${address}, som ${DA_REASONS[reason]}. Derfor får du dem i stedet.`,
  unsubscribe: {
    text: 'Vil du ikke længere have e-mails fra denne fortegnelse, kan du framelde dig her:',
    link: 'Frameld e-mails',
  },
  confirmation: {
    subject: (register) => `Bekræft din e-mailadresse til fortegnelsen «${register}»`,
    heading: 'Vil du have påmindelser om sletning?',
    addedBy: (register, by) =>
      by
        ? `${by} har skrevet din adresse i fortegnelsen over behandlingsaktiviteter «${register}».`
        : `En person med adgang til regnearket har skrevet din adresse i fortegnelsen over behandlingsaktiviteter «${register}».`,
    roles: {
      owner: (n) =>
        formatMessage(
          'da',
          'Du står som ansvarlig for {n|# behandlingsaktivitet|# behandlingsaktiviteter}.',
          { n },
        ),
      requests: (n) =>
        formatMessage(
          'da',
          'Du står som ansvarlig for at besvare {n|# anmodning fra en registreret|# anmodninger fra registrerede}.',
          { n },
        ),
      breaches: (n) =>
        formatMessage(
          'da',
          'Du står som ansvarlig for {n|# brud på persondatasikkerheden|# brud på persondatasikkerheden}, hvis frist for anmeldelse løber.',
          { n },
        ),
      admin: 'Du står som administrator af fortegnelsen.',
      escalation: 'Du står som eskaleringskontakt.',
    },
    willReceive:
      'Bekræfter du, får du en samlet e-mail, når oplysninger skal slettes, når en sletterutine eller gennemgang mangler, når en anmodning fra en registreret skal besvares, og som administrator når der er noget ved opsætningen, du bør se på. Du kan altid framelde dig med ét klik.',
    confirmButton: 'Bekræft min adresse',
    nothingHappens:
      'Gør du ingenting, får du ingen påmindelser. Dine elementer går i stedet til fortegnelsens administrator.',
    resend: 'Vi sender højst én påmindelse om denne bekræftelse, efter 7 dage.',
  },
  footer: {
    owner: (register) =>
      `Du får denne e-mail, fordi du er ansvarlig for disse aktiviteter i fortegnelsen «${register}».`,
    admin: (register) =>
      `Nogle af aktiviteterne har ingen ansvarlig, så påmindelserne går til dig som administrator af fortegnelsen «${register}».`,
    escalation: (register) => `Du får denne e-mail som eskaleringskontakt for fortegnelsen «${register}».`,
    notice: (register) => `Du får denne e-mail som administrator af fortegnelsen «${register}».`,
    changeOwner: `Ansvarlig ændres i kolonnen «${ownerColumn.da}» på arket «${activitiesSheet.da}»; synkronisér derefter.`,
    changeContacts: `Administrator og eskaleringskontakt ændres i felterne «${adminField.da}» og «${escalationField.da}» på arket «${organisationSheet.da}».`,
  },
};

function enCounts(c: Counts): string {
  const parts: string[] = [];
  if (c.overdue) parts.push(`${c.overdue} overdue`);
  if (c.due) parts.push(`${c.due} due today`);
  if (c.dueSoon) parts.push(`${c.dueSoon} due soon`);
  if (c.routines)
    parts.push(formatMessage('en', '{n|# deletion routine|# deletion routines}', { n: c.routines }));
  if (c.reviews) parts.push(formatMessage('en', '{n|# review|# reviews}', { n: c.reviews }));
  if (c.requests)
    parts.push(formatMessage('en', '{n|# data-subject request|# data-subject requests}', { n: c.requests }));
  return list(parts, 'and');
}

const enDays = (n: number) => formatMessage('en', '{n|# day|# days}', { n });

const EN_REASONS: Record<RedirectReason, string> = {
  waiting: 'has not confirmed their email address yet',
  confirmed: 'has confirmed their address',
  unsubscribed: 'has unsubscribed from these emails',
  failing: 'cannot receive email (bouncing)',
  overCap: 'is left out because the register reached its cap on recipients',
};

const EN_CAPS: Record<CapKind, (limit: number, held: number) => string> = {
  recipients: (limit, held) =>
    `The register names more than ${limit} email addresses, the most it may have. ${held} addresses are left out; their items come to you.`,
  confirmations: (limit, held) =>
    `At most ${limit} confirmation emails are sent per night. ${held} addresses are waiting for theirs and get it in the coming nights; their items come to you meanwhile.`,
  registerMessages: (limit, held) =>
    `The register reached its cap of ${limit} emails tonight. ${held} emails wait until tomorrow night.`,
  deploymentMessages: (limit, held) =>
    `The service reached its overall cap of ${limit} emails tonight. ${held} emails of this register wait until tomorrow night.`,
};

const en: EmailCatalogue = {
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  formatDate(iso) {
    const [y, m, d] = isoParts(iso);
    return `${d} ${this.months[m - 1]} ${y}`;
  },
  longMonths: MONTH_NAMES.en,
  formatLongDate(iso) {
    const [y, m, d] = isoParts(iso);
    return `${d} ${this.longMonths[m - 1]} ${y}`;
  },
  subject: {
    digest: (register, c) => `${onlyRequests(c) ? 'Requests' : 'Deletion'}: ${enCounts(c)} – ${register}`,
    escalation: (register, n, withRequests) =>
      formatMessage(
        'en',
        withRequests
          ? 'Escalation: {n|# deadline|# deadlines} long overdue – {register}'
          : 'Escalation: {n|# deletion|# deletions} long overdue – {register}',
        { n, register },
      ),
    notice: (register) => `Art30 needs your attention – ${register}`,
  },
  heading: {
    runDate: (date) => `Status on ${date}`,
  },
  summary: {
    digest: (c) => `In this email: ${enCounts(c)}.`,
    escalation: (n, withRequests) =>
      formatMessage(
        'en',
        withRequests
          ? 'In this email: {n|# deadline|# deadlines} long overdue.'
          : 'In this email: {n|# deletion|# deletions} long overdue.',
        { n },
      ),
    notice: (n) =>
      formatMessage('en', '{n|# thing|# things} about the register {n|needs|need} your attention.', { n }),
  },
  intro: {
    digest: 'These deletions and tasks in the register are waiting for you.',
    escalation: (days, withRequests) =>
      withRequests
        ? `These deadlines are ${days} days or more overdue. Those responsible have been reminded, but the deletions are not marked done or the requests answered.`
        : `These deletions are ${days} days or more overdue. Their owners have been reminded, but they are not marked deleted.`,
    notice: 'Something about the register’s set-up needs a look.',
  },
  columns: {
    activity: 'Processing activity',
    reference: 'Reference and status',
    due: 'Delete by',
    deadline: 'Deadline',
    rule: 'Rule',
    link: 'Sheet',
  },
  dueLabel: { holding: 'Delete by', routine: 'Run by', review: 'Review by', request: 'Answer by' },
  requestPeriod: {
    month: 'Answer within one month of receipt (Art. 12(3))',
    extended: 'Deadline extended to three months from receipt (Art. 12(3))',
  },
  mayDeleteFrom: 'May be deleted from',
  cadence: 'Cadence',
  status: {
    overdue: (days) => `${enDays(days)} overdue`,
    due: 'Due today',
    dueSoon: 'Due soon',
    stale: (days) => (days > 0 ? `Review ${enDays(days)} late` : 'Review missing'),
    neverRun: 'Never run',
    mayDelete: 'May now be deleted: decide',
    floorReview: 'Review: no decision on deletion',
  },
  stage: {
    dueSoon: 'Due soon',
    due: 'Due today',
    overdue: 'Overdue',
    stale: 'Review missing',
    neverRun: 'Never run',
    mayDelete: 'May now be deleted: decide',
    floorReview: 'Review: no decision on deletion',
  },
  routineReference: 'Deletion routine',
  reviewReference: 'Yearly review of the activity',
  extended: 'extended',
  openRow: 'Open row',
  noDate: '–',
  more: (n) => `… and ${n} more. See them all in the spreadsheet.`,
  notice: {
    staleSync: (last, days) =>
      `The register was last synced on ${last} (${days} days ago). Reminders are based on that old copy: open the spreadsheet and choose Sync.`,
    failingAddress: (address, since, runs) =>
      `Reminders to ${address} have not been delivered on the last ${runs} runs (since ${since}). Correct the address or choose another owner.`,
    inactiveRegister: (last, deleteOn) =>
      `The register has not been synced since ${last}. Everything the Art30 service holds about it will be deleted on ${deleteOn} unless it is synced before then.`,
    addressLeft: (address, state, since) =>
      state === 'unsubscribed'
        ? `${address} unsubscribed from this register’s emails (${since}). Their items now come to you; choose another owner, or ask them to subscribe again.`
        : `Emails to ${address} are not delivered (bouncing since ${since}). Their items now come to you; correct the address or choose another owner.`,
    capReached: (cap, limit, held) => EN_CAPS[cap](limit, held),
  },
  redirected: (address, reason) =>
    `Some of these items belong to ${address}, who ${EN_REASONS[reason]}. That is why they come to you instead.`,
  unsubscribe: {
    text: 'If you no longer want emails from this register, you can unsubscribe here:',
    link: 'Unsubscribe',
  },
  confirmation: {
    subject: (register) => `Confirm your email address for the register “${register}”`,
    heading: 'Do you want deletion reminders?',
    addedBy: (register, by) =>
      by
        ? `${by} entered your address in the record of processing activities “${register}”.`
        : `Someone with access to the spreadsheet entered your address in the record of processing activities “${register}”.`,
    roles: {
      owner: (n) =>
        formatMessage('en', 'You are the owner of {n|# processing activity|# processing activities}.', { n }),
      requests: (n) =>
        formatMessage(
          'en',
          'You are responsible for answering {n|# data-subject request|# data-subject requests}.',
          {
            n,
          },
        ),
      breaches: (n) =>
        formatMessage(
          'en',
          'You are responsible for {n|# personal data breach|# personal data breaches} whose notification deadline is running.',
          { n },
        ),
      admin: 'You are the administrator of the register.',
      escalation: 'You are the escalation contact.',
    },
    willReceive:
      'If you confirm, you get one email listing what is due for deletion, which deletion routines or reviews are missing and which data-subject requests must be answered, and as the administrator, anything about the set-up that needs a look. You can always unsubscribe with one click.',
    confirmButton: 'Confirm my address',
    nothingHappens:
      'If you do nothing, you get no reminders. Your items go to the register’s administrator instead.',
    resend: 'We remind you of this confirmation at most once, after 7 days.',
  },
  footer: {
    owner: (register) =>
      `You receive this email because you are the owner of these activities in the register “${register}”.`,
    admin: (register) =>
      `Some of these activities have no owner, so their reminders go to you as the administrator of the register “${register}”.`,
    escalation: (register) =>
      `You receive this email as the escalation contact of the register “${register}”.`,
    notice: (register) => `You receive this email as the administrator of the register “${register}”.`,
    changeOwner: `To change the owner, edit the column “${ownerColumn.en}” on the sheet “${activitiesSheet.en}”, then sync.`,
    changeContacts: `The administrator and the escalation contact are the fields “${adminField.en}” and “${escalationField.en}” on the sheet “${organisationSheet.en}”.`,
  },
};

export const EMAIL_MESSAGES: Record<Lang, EmailCatalogue> = { da, en };

export function emailMessages(lang: Lang): EmailCatalogue {
  return EMAIL_MESSAGES[lang] ?? EMAIL_MESSAGES.da;
}
