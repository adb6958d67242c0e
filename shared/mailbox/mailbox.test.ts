import { describe, expect, it } from 'vitest';
import { isMailbox, parseMailbox } from './mailbox.ts';

describe('parseMailbox: the one grammar of an email address', () => {
  it.each([
    ['anne@firma.dk', 'anne@firma.dk'],
    ['Anne.Hansen+hr@Firma.DK', 'Anne.Hansen+hr@firma.dk'],
    ['  drift@example.org ', 'drift@example.org'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['info@sub.domain-x.co.uk', 'info@sub.domain-x.co.uk'],
    ['post@xn--sb-lka.dk', 'post@xn--sb-lka.dk'],
  ])('accepts %j as %j', (input, address) => {
    expect(parseMailbox(input)).toEqual({ ok: true, address });
  });

  it.each([
    ['anne:hr@firma.dk', 'syntax'], // the reproduced case: a colon is a header character
    ['Anne <anne@firma.dk>', 'syntax'],
    ['anne@firma', 'syntax'],
    ['anne@@firma.dk', 'syntax'],
    ['.anne@firma.dk', 'syntax'],
    ['an..ne@firma.dk', 'syntax'],
    ['anne@-firma.dk', 'syntax'],
    ['anne@firma.d', 'syntax'],
    ['anne@firma.dk,bo@firma.dk', 'syntax'],
    ['anne;bo@firma.dk', 'syntax'],
    ['"anne"@firma.dk', 'syntax'],
    ['anne@[127.0.0.1]', 'syntax'],
    ['an ne@firma.dk', 'syntax'],
    ['anne@firma.dk\r\nBcc: x@y.dk', 'syntax'],
    ['anne\u0000@firma.dk', 'syntax'],
    ['anne\u007f@firma.dk', 'syntax'],
    ['anne\u0085@firma.dk', 'notAscii'], // NEL
    ['anne\u202e@firma.dk', 'notAscii'], // right-to-left override
    ['søren@firma.dk', 'notAscii'],
    ['', 'empty'],
    ['   ', 'empty'],
    [`${'a'.repeat(65)}@firma.dk`, 'tooLong'],
    [
      `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(10)}.dk`,
      'tooLong',
    ],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parseMailbox(input)).toEqual({ ok: false, problem });
    expect(isMailbox(input)).toBe(false);
  });
});
