-- Art30 worker, issue 16: closing the loop from the inbox, and anchoring the Deletion log.
--
-- log_heads: the Deletion log heads (entry count, latest hash) the add-on reported at syncs. A
-- later report that is shorter, or that has another hash at a count already seen, was shrunk or
-- rewritten; log_alerts keeps that finding, which the admin's next notice reports once. Bounded: the newest
-- 20 heads per register are kept.
--
-- action_tokens: one row per "I have deleted it" / "I need more time" link, per item and per
-- recipient. Only the SHA-256 of the token is stored (a leaked table holds no usable link); a
-- token is single-use (used_at) and expires (expires_at, 30 days).
--
-- answers: what a recipient answered, kept only until the add-on acknowledges it and never
-- longer than 30 days (expires_at). The one place the worker holds a name and a free-text
-- reason (docs/privacy.md lists the exception). One answer per holding: the first stands.
-- Everything goes with its register: ON DELETE CASCADE.
--
-- Payload version 4's later fields: the longest extension an answer page may grant (NULL: the
-- default, 12 months) and each data-category row's group of data subjects and categories of
-- data, which name a reminder's items (NULL: not sent).

CREATE TABLE log_heads (
  register_id TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  entry_count INTEGER NOT NULL,
  head_hash   TEXT NOT NULL,                       -- '' for an empty log
  seen_at     TEXT NOT NULL,                       -- ISO instant
  PRIMARY KEY (register_id, entry_count, head_hash)
);

CREATE TABLE log_alerts (
  register_id TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('shrunk', 'rewritten')),
  entry_count INTEGER NOT NULL,                    -- the count reported
  seen_count  INTEGER NOT NULL,                    -- the earlier head's count
  detected_at TEXT NOT NULL,                       -- the admin is told once (reminder key 'deletionLogAlert')
  PRIMARY KEY (register_id, kind, entry_count, seen_count)
);

CREATE TABLE action_tokens (
  token_hash  TEXT PRIMARY KEY,                    -- SHA-256 hex of the token; the token itself is only in the email
  register_id TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  holding_id  TEXT NOT NULL,
  recipient   TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('deleted', 'extend')),
  expires_at  INTEGER NOT NULL,                    -- epoch seconds
  used_at     INTEGER
);

CREATE INDEX action_tokens_by_expiry ON action_tokens (expires_at);

CREATE TABLE answers (
  register_id    TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  holding_id     TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('deleted', 'extended')),
  answered_by    TEXT NOT NULL,                    -- the recipient whose link was used
  answered_at    TEXT NOT NULL,                    -- ISO instant
  deleted_on     TEXT,                             -- deleted: civil date, register's time zone
  method         TEXT,                             -- deleted: deleted | anonymised | returned
  deleted_by     TEXT,                             -- deleted: the name the person gave
  extended_until TEXT,                             -- extended: the new date
  reason         TEXT,                             -- extended: the reason given
  entry_json     TEXT,                             -- deleted: the Deletion log entry the worker signed
  signature      TEXT,                             -- deleted: "ed25519:<base64url>"
  expires_at     INTEGER NOT NULL,                 -- epoch seconds: 30 days after the answer
  PRIMARY KEY (register_id, holding_id)
);

CREATE INDEX answers_by_expiry ON answers (expires_at);

ALTER TABLE registers ADD COLUMN max_extension_months INTEGER;
ALTER TABLE data_categories ADD COLUMN subject_group TEXT;
ALTER TABLE data_categories ADD COLUMN categories TEXT;
