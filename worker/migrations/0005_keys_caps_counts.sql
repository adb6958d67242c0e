-- Art30 worker, issue 14 (operations): versioned key-encryption keys, runs cut short, and the
-- counts GET /status reads instead of the whole snapshot.
--
-- kek_version: which KEK (key-encryption key) wraps the register key. Keys wrapped before this
-- migration were wrapped with the one KEY_ENCRYPTION_KEY there was, which is version 1.
-- POST /admin/kek/rewrap re-wraps every key under the current KEK, in bounded batches.
ALTER TABLE registers ADD COLUMN kek_version INTEGER NOT NULL DEFAULT 1;

CREATE INDEX registers_by_kek_version ON registers (kek_version, id);
-- The nightly purge looks for registers that never synced, oldest first.
CREATE INDEX registers_never_synced ON registers (created_at) WHERE current_version IS NULL;

-- A run that did not finish: 'queryBudget' (the invocation's D1 query budget ran out during the
-- register; the queue retries it) or 'retriesExhausted' (the message reached the dead-letter
-- queue). NULL once the run finished. Shown by GET /status.
ALTER TABLE runs ADD COLUMN cut_short TEXT CHECK (cut_short IN ('queryBudget', 'retriesExhausted'));

-- The snapshot's deadlines, counted at ingest: how many holdings of each activity have each
-- due date (only holdings that can become due soon or overdue: not deleted, not on hold, with a
-- date). Overdue and due-soon counts depend on today, so they are summed from this at request
-- time. Staged and swapped with the snapshot's version like the rows it summarises.
CREATE TABLE holding_deadlines (
  register_id TEXT NOT NULL,
  version     INTEGER NOT NULL,
  activity_id TEXT NOT NULL,
  due         TEXT NOT NULL,                       -- ISO date: the last day deletion is on time
  holdings    INTEGER NOT NULL,
  PRIMARY KEY (register_id, version, activity_id, due)
);

-- 1 when the current snapshot's deadlines were counted at ingest. Snapshots stored before this
-- migration were not: their status is computed from the whole snapshot until the next sync.
ALTER TABLE registers ADD COLUMN deadlines_counted INTEGER NOT NULL DEFAULT 0;
