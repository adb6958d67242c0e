// Fills a catalogue message's placeholders, including counts that need a singular or a plural
// word: `{name}` is the value itself, `{name|one|other}` picks `one` when the value is 1 and
// `other` otherwise, with `#` standing for the number ("{holdings|# registrering|# registreringer}").
// Danish and English both have just these two forms, so the catalogue spells both out in place.

export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The message with every placeholder whose value is given filled in; others are left as they are. */
export function fillMessage(text: string, params: MessageParams = {}): string {
  return text.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (one === undefined || other === undefined) return String(value);
    return (Number(value) === 1 ? one : other).replace(/#/g, String(value));
  });
}

/** The names of a message's placeholders, sorted: both languages of an entry must have the same. */
export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}
