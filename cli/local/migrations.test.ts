import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMigrations, splitSql } from './migrations.ts';

describe('Applying the worker migrations locally', () => {
  it('splits a migration into statements, dropping comments but keeping ; and -- inside strings', () => {
    expect(
      splitSql(`-- header
CREATE TABLE a (x TEXT DEFAULT 'a;b--c'); -- trailing
INSERT INTO a VALUES ('it''s');
`),
    ).toEqual(["CREATE TABLE a (x TEXT DEFAULT 'a;b--c')", "INSERT INTO a VALUES ('it''s')"]);
  });

  it('reads the project migrations in name order, each a list of CREATE or ADD COLUMN statements', () => {
    const migrations = readMigrations(join(import.meta.dirname, '../../worker/migrations'));
    expect(migrations.map((m) => m.name)).toEqual([...migrations.map((m) => m.name)].sort());
    expect(migrations[0].name).toBe('0001_initial.sql');
    for (const m of migrations) {
      expect(m.statements.length).toBeGreaterThan(0);
      for (const s of m.statements)
        expect(s).toMatch(/^(CREATE (TABLE|INDEX|UNIQUE INDEX)|ALTER TABLE \w+ ADD COLUMN)/);
    }
  });
});
