// Applies the D1 migrations before the tests of each file (storage is isolated per file;
// applyD1Migrations skips migrations already applied).
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
