// Every word of the worker's own pages, in Danish and English: the service pages (/, /privacy,
// /terms), and the confirmation and unsubscribe pages. One catalogue, so a translation is data.
// Legal statements cite the GDPR (Regulation (EU) 2016/679): Art. 4(7)-(8) (controller and
// processor), Art. 28 (processing on behalf of a controller, under a contract) and Art. 30
// (records of processing activities).

import type { Lang } from '../../shared/register/types.ts';

export interface PageCatalogue {
  layout: {
    runBy(name: string, contact: string): string;
    home: string;
    privacy: string;
    terms: string;
    otherLanguage: string;
  };
  home: { title: string; paragraphs(operator: string, contact: string): string[] };
  privacy: { title: string; sections(operator: string, contact: string): [string, string][] };
  terms: { title: string; sections(operator: string, contact: string): [string, string][] };
  confirm: {
    title: string;
    ask(address: string, register: string): string;
    button: string;
    done(address: string, register: string): string;
    used: string;
    expired: string;
    unknown: string;
  };
  unsubscribe: {
    title: string;
    ask(address: string, register: string): string;
    button: string;
    done(address: string, register: string): string;
    already(address: string): string;
    unknown: string;
  };
}

const da: PageCatalogue = {
  layout: {
    runBy: (name, contact) => `Tjenesten drives af ${name} (${contact}).`,
    home: 'Forside',
    privacy: 'Privatliv',
    terms: 'Vilkår',
    otherLanguage: 'English',
  },
  home: {
    title: 'Art30 – påmindelser om sletning',
    paragraphs: (operator, contact) => [
      'Art30 er en tilføjelse til Google Sheets, der fører en organisations fortegnelse over behandlingsaktiviteter (databeskyttelsesforordningens artikel 30) og holder styr på, hvornår personoplysninger skal slettes.',
      'Denne tjeneste modtager en pseudonym kopi af det, påmindelserne kræver, og sender hver nat én samlet e-mail til de ansvarlige, der har bekræftet deres adresse. Ingen får e-mail uden selv at have sagt ja, og alle kan framelde sig med ét klik.',
      `Tjenesten drives af ${operator}. Kontakt: ${contact}.`,
    ],
  },
  privacy: {
    title: 'Privatlivspolitik',
    sections: (operator, contact) => [
      [
        'Roller',
        `Organisationen, der bruger Art30, er dataansvarlig for sin fortegnelse (artikel 4, nr. 7). ${operator} behandler oplysningerne på organisationens vegne som databehandler (artikel 4, nr. 8, og artikel 28) efter en databehandleraftale.`,
      ],
      [
        'Hvad tjenesten opbevarer',
        'Fortegnelsens navn, sprog og indstillinger; behandlingsaktiviteternes navne og slettefrister; pseudonyme referencer og datoer fra slettelogen; e-mailadresserne på ansvarlige, administrator og eskaleringskontakt med deres status (venter, bekræftet, frameldt, afvist); en log over sendte e-mails. Aldrig navne på de registrerede, CPR-numre eller begrundelser for forlængelser.',
      ],
      [
        'Hvor længe',
        'Logs over sendte e-mails i 13 måneder. Alt om en fortegnelse slettes, når den afmeldes, eller 14 måneder efter den sidst blev synkroniseret. Data opbevares i EU.',
      ],
      [
        'Din e-mailadresse',
        'Står din adresse i en fortegnelse, får du først én e-mail, der beder dig bekræfte den (og højst én påmindelse efter 7 dage). Uden bekræftelse får du intet andet. Du kan altid framelde dig fra linket i hver e-mail.',
      ],
      ['Kontakt', `Spørgsmål om behandlingen: ${contact}.`],
    ],
  },
  terms: {
    title: 'Vilkår',
    sections: (operator, contact) => [
      [
        'Tjenesten',
        `${operator} stiller tjenesten til rådighed for organisationer, der fører deres fortegnelse med Art30. Tjenesten minder om frister; den sletter intet og erstatter ikke organisationens eget ansvar for at overholde reglerne.`,
      ],
      [
        'Adresser',
        'Skriv kun adresser på personer, der har en rolle i fortegnelsen. Hver adresse skal selv bekræfte, før den får påmindelser.',
      ],
      [
        'Lofter',
        'For at beskytte modtagere og tjenesten er antallet af modtagere pr. fortegnelse og e-mails pr. nat begrænset. Når et loft nås, får administratoren besked, og resten sendes de følgende nætter.',
      ],
      ['Databehandling', 'Behandlingen af personoplysninger sker efter databehandleraftalen med operatøren.'],
      ['Kontakt', contact],
    ],
  },
  confirm: {
    title: 'Bekræft din e-mailadresse',
    ask: (address, register) =>
      `Vil du have påmindelser om sletning fra fortegnelsen «${register}» på ${address}? Tryk på knappen for at bekræfte.`,
    button: 'Ja, bekræft min adresse',
    done: (address, register) =>
      `Tak. ${address} er bekræftet og får fremover påmindelser fra fortegnelsen «${register}». Du kan framelde dig fra hver e-mail.`,
    used: 'Dette link er allerede brugt: adressen er bekræftet, eller den er frameldt.',
    expired:
      'Dette link er udløbet. Brug linket i den nyeste e-mail, eller kontakt fortegnelsens administrator.',
    unknown: 'Dette link er ikke gyldigt. Det kan være erstattet af et nyere link i en senere e-mail.',
  },
  unsubscribe: {
    title: 'Frameld e-mails',
    ask: (address, register) =>
      `Vil du framelde ${address} fra alle e-mails fra fortegnelsen «${register}»? Administratoren får besked, og dine elementer går til administratoren.`,
    button: 'Frameld',
    done: (address, register) =>
      `${address} er frameldt og får ikke flere e-mails fra fortegnelsen «${register}».`,
    already: (address) => `${address} er allerede frameldt.`,
    unknown: 'Dette link er ikke gyldigt.',
  },
};

const en: PageCatalogue = {
  layout: {
    runBy: (name, contact) => `This service is run by ${name} (${contact}).`,
    home: 'Home',
    privacy: 'Privacy',
    terms: 'Terms',
    otherLanguage: 'Dansk',
  },
  home: {
    title: 'Art30 – deletion reminders',
    paragraphs: (operator, contact) => [
      'Art30 is a Google Sheets add-on that keeps an organisation’s record of processing activities (Article 30 of the General Data Protection Regulation) and tracks when personal data must be deleted.',
      'This service receives a pseudonymous copy of what the reminders need and, each night, sends one email to each owner who has confirmed their address. Nobody gets email without having agreed to it, and everyone can unsubscribe with one click.',
      `This service is run by ${operator}. Contact: ${contact}.`,
    ],
  },
  privacy: {
    title: 'Privacy policy',
    sections: (operator, contact) => [
      [
        'Roles',
        `The organisation that uses Art30 is the controller of its register (Article 4(7)). ${operator} processes the data on the organisation’s behalf as a processor (Article 4(8) and Article 28), under a data processing agreement.`,
      ],
      [
        'What the service keeps',
        'The register’s name, language and settings; the names and retention rules of the processing activities; pseudonymous references and dates from the retention log; the email addresses of owners, the administrator and the escalation contact with their state (waiting, confirmed, unsubscribed, bouncing); a log of emails sent. Never names of data subjects, national identity numbers or reasons for extensions.',
      ],
      [
        'For how long',
        'Logs of emails sent for 13 months. Everything about a register is deleted when it is unenrolled, or 14 months after it last synced. Data is kept in the EU.',
      ],
      [
        'Your email address',
        'If your address is in a register, you first get one email asking you to confirm it (and at most one reminder after 7 days). Without confirming, you get nothing else. You can always unsubscribe from the link in every email.',
      ],
      ['Contact', `Questions about the processing: ${contact}.`],
    ],
  },
  terms: {
    title: 'Terms',
    sections: (operator, contact) => [
      [
        'The service',
        `${operator} provides the service to organisations that keep their register with Art30. The service reminds of deadlines; it deletes nothing and does not replace the organisation’s own responsibility to comply.`,
      ],
      [
        'Addresses',
        'Enter only addresses of people who have a role in the register. Each address must confirm itself before it receives reminders.',
      ],
      [
        'Caps',
        'To protect recipients and the service, the number of recipients per register and of emails per night is limited. When a cap is reached, the administrator is told, and the rest is sent on the following nights.',
      ],
      [
        'Data processing',
        'Personal data is processed under the data processing agreement with the operator.',
      ],
      ['Contact', contact],
    ],
  },
  confirm: {
    title: 'Confirm your email address',
    ask: (address, register) =>
      `Do you want deletion reminders from the register “${register}” at ${address}? Press the button to confirm.`,
    button: 'Yes, confirm my address',
    done: (address, register) =>
      `Thank you. ${address} is confirmed and will receive reminders from the register “${register}”. You can unsubscribe from every email.`,
    used: 'This link has been used already: the address is confirmed, or it has unsubscribed.',
    expired:
      'This link has expired. Use the link in the newest email, or contact the register’s administrator.',
    unknown: 'This link is not valid. It may have been replaced by a newer link in a later email.',
  },
  unsubscribe: {
    title: 'Unsubscribe',
    ask: (address, register) =>
      `Do you want to unsubscribe ${address} from all emails of the register “${register}”? The administrator is told, and your items go to the administrator.`,
    button: 'Unsubscribe',
    done: (address, register) =>
      `${address} is unsubscribed and gets no more emails from the register “${register}”.`,
    already: (address) => `${address} is already unsubscribed.`,
    unknown: 'This link is not valid.',
  },
};

export const PAGE_MESSAGES: Record<Lang, PageCatalogue> = { da, en };

export function pageMessages(lang: Lang): PageCatalogue {
  return PAGE_MESSAGES[lang] ?? PAGE_MESSAGES.da;
}
