// Applies the worker's D1 migrations (worker/migrations/*.sql, in name order) to a local
// database, recording each in the same `d1_migrations` table that `wrangler d1 migrations
// apply --local` keeps, so either tool can take over a persisted database from the other.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The statements of a migration file: `--` comments removed, split at `;` outside strings. */
export function splitSql(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (inString) {
      current += ch;
      if (ch === "'") inString = false;
      continue;
    }
    if (ch === "'") {
      inString = true;
      current += ch;
    } else if (ch === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      current += '\n';
    } else if (ch === ';') {
      if (current.trim() !== '') statements.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements;
}

export interface MigrationFile {
  name: string;
  statements: string[];
}

export function readMigrations(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => ({ name, statements: splitSql(readFileSync(join(dir, name), 'utf8')) }));
}

/** The slice of a D1 binding used here (Miniflare's Node-side proxy provides it). */
interface D1Like {
  prepare(sql: string): { bind(...values: unknown[]): unknown; all<T>(): Promise<{ results: T[] }> };
  batch(statements: unknown[]): Promise<unknown>;
}

const TABLE = `CREATE TABLE IF NOT EXISTS d1_migrations(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT UNIQUE,
  applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)`;

/** Applies the migrations not yet recorded, each in one batch (one transaction); returns their names. */
export async function applyMigrations(db: D1Like, dir: string): Promise<string[]> {
  await db.batch([db.prepare(TABLE)]);
  const { results } = await db.prepare('SELECT name FROM d1_migrations').all<{ name: string }>();
  const done = new Set(results.map((r) => r.name));
  const applied: string[] = [];
  for (const m of readMigrations(dir)) {
    if (done.has(m.name)) continue;
    await db.batch([
      ...m.statements.map((s) => db.prepare(s)),
      db.prepare('INSERT INTO d1_migrations (name) VALUES (?)').bind(m.name),
    ]);
    applied.push(m.name);
  }
  return applied;
}
