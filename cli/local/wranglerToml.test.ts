import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseToml, readWorkerConfig, TomlError } from './wranglerToml.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('Reading wrangler.toml for the local worker', () => {
  it('the project file gives the local host every binding the worker declares', () => {
    const config = readWorkerConfig(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'));
    expect(config.main).toBe('worker/index.ts');
    expect(config.crons).toEqual(['0 2 * * *']);
    expect(config.d1).toEqual([
      {
        binding: 'DB',
        databaseName: 'art30',
        databaseId: expect.any(String),
        migrationsDir: 'worker/migrations',
      },
    ]);
    expect(config.queueProducers).toEqual([{ binding: 'REGISTER_QUEUE', queue: 'art30-registers' }]);
    expect(config.queueConsumers[0]).toMatchObject({ queue: 'art30-registers', maxBatchSize: 10 });
    expect(config.sendEmail).toEqual([{ name: 'EMAIL' }]);
    expect(config.vars).toMatchObject({ MODE: 'production', DUE_SOON_DAYS: '14' });
  });

  it('reads tables, arrays of tables, multi-line arrays, comments and quoted # characters', () => {
    const t = parseToml(`
name = "x # not a comment" # a comment
n = 1_000
on = true
list = [
  "a", # first
  "b",
]
[a.b]
k = 'v'
[[items]]
id = 1
[[items]]
id = 2
`);
    expect(t).toEqual({
      name: 'x # not a comment',
      n: 1000,
      on: true,
      list: ['a', 'b'],
      a: { b: { k: 'v' } },
      items: [{ id: 1 }, { id: 2 }],
    });
  });

  it('refuses what it does not understand, naming the line, rather than misreading it', () => {
    expect(() => parseToml('a = 1\nb = { inline = true }')).toThrow(TomlError);
    expect(() => parseToml('a = 1\nb = { inline = true }')).toThrow(/line 2/);
    expect(() => readWorkerConfig('compatibility_date = "2026-01-01"')).toThrow(/main must be a string/);
  });
});
