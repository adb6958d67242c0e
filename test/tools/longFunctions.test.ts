// The function-length count behind issue 9's figure: a function is long when its first token
// and its closing brace are more than 80 lines apart, whatever kind of function it is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctionsIn } from './longFunctions.ts';

const body = (lines: number) =>
  Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');

describe('counting functions over 80 lines', () => {
  it('counts an 81-line declaration, arrow and method, and not an 80-line one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'long-')), 'sample.ts');
    writeFileSync(
      file,
      [
        `export function exactly80() {\n${body(80)}\n}`,
        `function declared() {\n${body(81)}\n}`,
        `const arrow = () => {\n${body(81)}\n};`,
        `class A {\n  method() {\n${body(81)}\n  }\n}`,
      ].join('\n'),
    );
    const found = longFunctionsIn(file, 80).map((f) => [f.name, f.lines]);
    expect(found).toEqual([
      ['declared', 81],
      ['arrow', 81],
      ['method', 81],
    ]);
  });
});
