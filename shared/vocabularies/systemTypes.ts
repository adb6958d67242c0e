// Kinds of IT systems and storage places.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const SYSTEM_TYPES: readonly VocabularyEntry[] = [
  entry('cloud', 'Cloudtjeneste', 'Cloud service', { synonyms: ['cloud', 'saas', 'sky'] }),
  entry('onPremises', 'Lokal server', 'On-premises server', {
    synonyms: ['lokalt', 'on premises', 'server'],
  }),
  entry('email', 'E-mail', 'Email', { synonyms: ['mail', 'outlook', 'gmail'] }),
  entry('sharedDrive', 'Fællesdrev', 'Shared drive', { synonyms: ['netværksdrev', 'network drive'] }),
  entry('laptop', 'Bærbar computer', 'Laptop', { synonyms: ['pc', 'computer'] }),
  entry('mobile', 'Mobiltelefon', 'Mobile phone', { synonyms: ['telefon', 'smartphone', 'tablet'] }),
  entry('removable', 'USB-nøgle eller ekstern disk', 'USB stick or external disk', {
    synonyms: ['usb', 'usb-stik', 'ekstern harddisk'],
  }),
  entry('paper', 'Papir', 'Paper', { synonyms: ['papirmappe', 'paper binder', 'ringbind', 'arkivskab'] }),
  entry('other', 'Andet', 'Other', { synonyms: [] }),
];
