-- Art30 worker, issue 21: the index of open personal-data breaches that the hourly run reads,
-- and nothing else. A breach is open while its 72-hour clock runs (shared/breaches/assess.ts
-- isOpen: not assessed as "no risk" and Datatilsynet not yet notified; for a processor, its
-- controller not yet told). Ingest replaces a register's rows in the same batch as the pointer
-- swap, so the index always matches the current snapshot; a breach closed in the sheet leaves
-- the index at the next sync and is reminded no more. Closed breaches are not kept at all:
-- the worker holds no more than the reminders need, and never a description.
--
-- Reminders use the reminders table (0002) with item 'breach:<id>', kind 'breach' or
-- 'breachEscalation', and key date '<milestone>h' (24h, 48h, 60h, 72h): once per milestone.

CREATE TABLE open_breaches (
  register_id       TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  breach_id         TEXT NOT NULL,
  reference         TEXT NOT NULL,                -- pseudonymous, checked like holdings' references
  aware_at          INTEGER NOT NULL,             -- epoch ms; the 72 hours run from here
  role              TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
  responsible_email TEXT,
  sheet_row         INTEGER NOT NULL,
  PRIMARY KEY (register_id, breach_id)
);

-- The hourly run asks "which breaches have reached their first milestone?": by awareness.
CREATE INDEX open_breaches_by_awareness ON open_breaches (aware_at);
