-- Art30 worker, initial schema: enrolled registers, their versioned snapshots, and the
-- nonce store that stops signed requests being replayed. The worker keeps exactly the sync
-- payload's fields (shared/sync/fields.ts) and nothing else.
--
-- Snapshots: rows are staged under their version while `registers.current_version` still
-- points at the old one; one UPDATE of that pointer makes the new snapshot current, then
-- older versions are deleted. Readers always join on the current version, in one batch.

CREATE TABLE registers (
  id                    TEXT PRIMARY KEY,          -- "reg_" + 128 random bits, base64url
  spreadsheet_id        TEXT NOT NULL,             -- bound at enrolment; snapshots must match
  key_ciphertext        TEXT NOT NULL,             -- register key, AES-GCM with KEY_ENCRYPTION_KEY, base64url
  key_iv                TEXT NOT NULL,             -- 96-bit IV, base64url
  created_at            TEXT NOT NULL,             -- ISO instant
  current_version       INTEGER,                   -- null until the first snapshot
  current_hash          TEXT,                      -- SHA-256 hex of the current snapshot's JSON
  -- Metadata of the current snapshot (SyncRegister), swapped together with the version.
  name                  TEXT,
  lang                  TEXT,
  time_zone             TEXT,
  spreadsheet_url       TEXT,
  gid_activities        INTEGER,
  gid_data_categories   INTEGER,
  gid_retention_log     INTEGER,
  fiscal_year_end       TEXT,                      -- MM-DD
  due_soon_days         INTEGER,
  escalation_after_days INTEGER,
  admin_email           TEXT,
  escalation_email      TEXT,
  activity_count        INTEGER NOT NULL DEFAULT 0,
  data_category_count   INTEGER NOT NULL DEFAULT 0,
  holding_count         INTEGER NOT NULL DEFAULT 0,
  last_sync_at          TEXT,                      -- ISO instant of the last accepted snapshot
  last_run_date         TEXT                       -- civil date of the last nightly run (job)
);

CREATE INDEX registers_by_spreadsheet ON registers (spreadsheet_id);

-- One row per snapshot version being written or current. Claiming (register_id, version)
-- first means two writers can never stage different content under the same version.
CREATE TABLE snapshot_versions (
  register_id         TEXT NOT NULL,
  version             INTEGER NOT NULL,
  hash                TEXT NOT NULL,
  state               TEXT NOT NULL CHECK (state IN ('staging', 'current')),
  started_at          INTEGER NOT NULL,            -- epoch seconds; a stale claim can be taken over
  activity_count      INTEGER NOT NULL,
  data_category_count INTEGER NOT NULL,
  holding_count       INTEGER NOT NULL,
  PRIMARY KEY (register_id, version)
);

CREATE TABLE activities (
  register_id      TEXT NOT NULL,
  version          INTEGER NOT NULL,
  id               TEXT NOT NULL,
  name             TEXT NOT NULL,
  owner_email      TEXT,
  rule_json        TEXT,                           -- structured RetentionRule, or null
  rule_text        TEXT NOT NULL,
  routine_cadence  TEXT,
  routine_last_run TEXT,
  last_review      TEXT,
  sheet_row        INTEGER NOT NULL,
  PRIMARY KEY (register_id, version, id)
);

CREATE TABLE data_categories (
  register_id TEXT NOT NULL,
  version     INTEGER NOT NULL,
  id          TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  rule_json   TEXT,
  rule_text   TEXT NOT NULL,
  sheet_row   INTEGER NOT NULL,
  PRIMARY KEY (register_id, version, id)
);

CREATE TABLE holdings (
  register_id        TEXT NOT NULL,
  version            INTEGER NOT NULL,
  id                 TEXT NOT NULL,
  reference          TEXT NOT NULL,                -- pseudonymous; checked on the way in
  activity_id        TEXT NOT NULL,
  data_category_id   TEXT,
  collected          TEXT,
  last_contact       TEXT,
  relationship_ended TEXT,
  purpose_fulfilled  TEXT,
  record_date        TEXT,
  deleted_on         TEXT,
  legal_hold         INTEGER NOT NULL,             -- 0/1
  extended_until     TEXT,
  sheet_row          INTEGER NOT NULL,
  PRIMARY KEY (register_id, version, id)
);

-- Spent nonces of signed requests, kept until the signature window has passed.
CREATE TABLE nonces (
  register_id TEXT NOT NULL,
  nonce       TEXT NOT NULL,
  expires_at  INTEGER NOT NULL,                    -- epoch seconds
  PRIMARY KEY (register_id, nonce)
);

CREATE INDEX nonces_by_expiry ON nonces (expires_at);
