// Every word of the reminder emails, in Danish and English: one catalogue, so a translation
// is a change of data, and a test can check that both languages say the same things.
// Sheet and column names are read from the register schema, so the footer names exactly
// what the user sees in the spreadsheet.

import { columnDef, sheetDef } from '../../shared/register/schema.ts';
import type { Lang } from '../../shared/register/types.ts';

export interface Counts {
  overdue: number;
  due: number;
  dueSoon: number;
  routines: number;
  reviews: number;
}

export interface EmailCatalogue {
  months: readonly string[];
  formatDate(iso: string): string;
  subject: {
    digest(register: string, counts: Counts): string;
    escalation(register: string, items: number): string;
    notice(register: string): string;
  };
  intro: {
    digest: string;
    escalation(afterDays: number): string;
    notice: string;
  };
  columns: {
    activity: string;
    reference: string;
    due: string;
    daysOverdue: string;
    rule: string;
    link: string;
  };
  stage: {
    dueSoon: string;
    due: string;
    overdue: string;
    stale: string;
    neverRun: string;
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
  };
  footer: {
    owner(register: string): string;
    admin(register: string): string;
    escalation(register: string): string;
    notice(register: string): string;
    changeOwner: string;
    changeContacts: string;
  };
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

const da: EmailCatalogue = {
  months: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  formatDate(iso) {
    const [y, m, d] = isoParts(iso);
    return `${d}. ${this.months[m - 1]} ${y}`;
  },
  subject: {
    digest(register, c) {
      const parts: string[] = [];
      if (c.overdue) parts.push(`${c.overdue} overskredet`);
      if (c.due) parts.push(`${c.due} forfalder i dag`);
      if (c.dueSoon) parts.push(`${c.dueSoon} forfalder snart`);
      if (c.routines) parts.push(`${c.routines} ${c.routines === 1 ? 'sletterutine' : 'sletterutiner'}`);
      if (c.reviews) parts.push(`${c.reviews} ${c.reviews === 1 ? 'gennemgang' : 'gennemgange'}`);
      return `Sletning: ${list(parts, 'og')} – ${register}`;
    },
    escalation: (register, n) =>
      `Eskalering: ${n} ${n === 1 ? 'sletning' : 'sletninger'} langt over fristen – ${register}`,
    notice: (register) => `Art30 kræver din opmærksomhed – ${register}`,
  },
  intro: {
    digest: 'Disse sletninger og opgaver i fortegnelsen venter på dig.',
    escalation: (days) =>
      `Disse sletninger er ${days} dage eller mere over fristen. Ansvarlige har fået påmindelser uden at de er markeret som slettet.`,
    notice: 'Der er noget ved fortegnelsens opsætning, du bør se på.',
  },
  columns: {
    activity: 'Behandlingsaktivitet',
    reference: 'Reference',
    due: 'Slettefrist',
    daysOverdue: 'Dage over fristen',
    rule: 'Slettefrist / interval',
    link: 'I regnearket',
  },
  stage: {
    dueSoon: 'Forfalder snart',
    due: 'Forfalder i dag',
    overdue: 'Overskredet',
    stale: 'Gennemgang mangler',
    neverRun: 'Aldrig kørt',
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

const en: EmailCatalogue = {
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  formatDate(iso) {
    const [y, m, d] = isoParts(iso);
    return `${d} ${this.months[m - 1]} ${y}`;
  },
  subject: {
    digest(register, c) {
      const parts: string[] = [];
      if (c.overdue) parts.push(`${c.overdue} overdue`);
      if (c.due) parts.push(`${c.due} due today`);
      if (c.dueSoon) parts.push(`${c.dueSoon} due soon`);
      if (c.routines) parts.push(`${c.routines} deletion ${c.routines === 1 ? 'routine' : 'routines'}`);
      if (c.reviews) parts.push(`${c.reviews} ${c.reviews === 1 ? 'review' : 'reviews'}`);
      return `Deletion: ${list(parts, 'and')} – ${register}`;
    },
    escalation: (register, n) =>
      `Escalation: ${n} ${n === 1 ? 'deletion' : 'deletions'} long overdue – ${register}`,
    notice: (register) => `Art30 needs your attention – ${register}`,
  },
  intro: {
    digest: 'These deletions and tasks in the register are waiting for you.',
    escalation: (days) =>
      `These deletions are ${days} days or more overdue. Their owners have been reminded, but they are not marked deleted.`,
    notice: 'Something about the register’s set-up needs a look.',
  },
  columns: {
    activity: 'Processing activity',
    reference: 'Reference',
    due: 'Deletion due',
    daysOverdue: 'Days overdue',
    rule: 'Retention rule / cadence',
    link: 'In the spreadsheet',
  },
  stage: {
    dueSoon: 'Due soon',
    due: 'Due today',
    overdue: 'Overdue',
    stale: 'Review missing',
    neverRun: 'Never run',
  },
  routineReference: 'Deletion routine',
  reviewReference: 'Yearly review of the activity',
  extended: 'extended',
  openRow: 'Open the row',
  noDate: '–',
  more: (n) => `… and ${n} more. See them all in the spreadsheet.`,
  notice: {
    staleSync: (last, days) =>
      `The register was last synced on ${last} (${days} days ago). Reminders are based on that old copy: open the spreadsheet and choose Sync.`,
    failingAddress: (address, since, runs) =>
      `Reminders to ${address} have not been delivered on the last ${runs} runs (since ${since}). Correct the address or choose another owner.`,
    inactiveRegister: (last, deleteOn) =>
      `The register has not been synced since ${last}. Everything the Art30 service holds about it will be deleted on ${deleteOn} unless it is synced before then.`,
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
