-- Art30 worker, the nightly job's records: the outbox (every message the job tried to send),
-- the reminders it stands for (each (item, recipient, kind, key date) at most once), and one
-- row per register and run date. All three go with their register: ON DELETE CASCADE.
--
-- Order of a send: the message is sent, then ONE batch writes its outbox row and its reminder
-- rows. A failed send writes a 'failed' outbox row and no reminders, so the next run plans
-- the same reminders again. Only a crash between a send and that batch can send a message
-- twice; the UNIQUE key below makes the second record of it a no-op.

CREATE TABLE outbox (
  id          TEXT PRIMARY KEY,                    -- the Message-ID, without angle brackets
  register_id TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  run_date    TEXT NOT NULL,                       -- civil date of the run, register's time zone
  recipient   TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('digest', 'escalation', 'notice')),
  subject     TEXT NOT NULL,
  item_keys   TEXT NOT NULL,                       -- JSON [[itemId, kind, keyDate], …]
  status      TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
  error       TEXT,
  sent_at     TEXT NOT NULL,                       -- ISO instant of the attempt (log only)
  body_text   TEXT,                                -- only in local/demo mode: the capture
  body_html   TEXT
);

CREATE INDEX outbox_by_run ON outbox (register_id, run_date);

CREATE TABLE reminders (
  register_id TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  item_id     TEXT NOT NULL,                       -- 'holding:<id>', 'routine:<id>', 'review:<id>', 'register', 'address:<email>'
  recipient   TEXT NOT NULL,
  kind        TEXT NOT NULL,                       -- dueSoon, due, overdue, escalation, routine, review, staleSync, failingAddress, inactiveRegister
  key_date    TEXT NOT NULL,                       -- first day of the cadence step (see worker/job/cadence.ts)
  run_date    TEXT NOT NULL,
  outbox_id   TEXT NOT NULL,
  UNIQUE (register_id, item_id, recipient, kind, key_date)
);

CREATE INDEX reminders_by_key_date ON reminders (register_id, key_date);

CREATE TABLE runs (
  register_id      TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  run_date         TEXT NOT NULL,
  sent             INTEGER NOT NULL,
  failed           INTEGER NOT NULL,
  failed_addresses TEXT NOT NULL DEFAULT '[]',     -- JSON array of recipients whose send failed
  finished_at      TEXT NOT NULL,                  -- ISO instant (log only)
  PRIMARY KEY (register_id, run_date)
);
