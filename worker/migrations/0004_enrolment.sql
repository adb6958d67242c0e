-- Art30 worker, who may enrol (issue 14). A register now belongs to the pair (owner,
-- spreadsheet id), where the owner is a verified Google account ('google:<sub>') or an
-- organisation's enrolment token ('token:<id>'); the one shared ENROLMENT_TOKEN is gone.
-- Registers enrolled before this migration keep owner NULL: they go on syncing with their
-- keys, and SQLite's UNIQUE lets any number of NULL owners share a spreadsheet id.

ALTER TABLE registers ADD COLUMN owner TEXT;
-- The verified email of the Google account that enrolled (hosted mode); NULL for tokens.
ALTER TABLE registers ADD COLUMN owner_email TEXT;
CREATE UNIQUE INDEX registers_by_owner_sheet ON registers (owner, spreadsheet_id);

-- Per-organisation enrolment tokens, issued by the operator through the admin API. Only the
-- SHA-256 of a token is kept; the token itself is shown once, at creation.
CREATE TABLE enrolment_tokens (
  id                     TEXT PRIMARY KEY,         -- "tok_" + 72 random bits, base64url
  token_hash             TEXT NOT NULL UNIQUE,     -- SHA-256 hex of the token
  organisation           TEXT NOT NULL,            -- the operator's label for the organisation
  allowed_domains        TEXT NOT NULL,            -- JSON array of lower-case domains; [] = any
  max_registers          INTEGER NOT NULL,
  max_enrolments_per_day INTEGER NOT NULL,
  created_at             TEXT NOT NULL,            -- ISO instant
  revoked_at             TEXT                      -- ISO instant; a revoked token enrols nothing
);

-- Enrolments per owner per UTC day, counted before a register is created.
CREATE TABLE enrolment_counts (
  owner TEXT NOT NULL,
  day   TEXT NOT NULL,                             -- YYYY-MM-DD, UTC
  count INTEGER NOT NULL,
  PRIMARY KEY (owner, day)
);
