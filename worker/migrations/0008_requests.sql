-- Art30 worker, payloadVersion 4: data-subject requests, minimised to what the one-month clock
-- needs (reference, right, date received, whether the deadline was extended in time, state,
-- responsible address; never the requester's name or the extension's reason), staged under
-- the snapshot's version like the other rows, and the Requests sheet's gid for row links.
-- Snapshots stored before this migration have no requests: none are reminded.

CREATE TABLE requests (
  register_id        TEXT NOT NULL,
  version            INTEGER NOT NULL,
  id                 TEXT NOT NULL,
  reference          TEXT NOT NULL,                -- case number; checked as pseudonymous on the way in
  type               TEXT NOT NULL,                -- access, rectification, erasure, restriction, portability, objection
  received           TEXT NOT NULL,                -- civil date
  extended           INTEGER NOT NULL,             -- 0/1: three months instead of one
  state              TEXT NOT NULL CHECK (state IN ('open', 'answered')),
  responsible_email  TEXT,
  sheet_row          INTEGER NOT NULL,
  PRIMARY KEY (register_id, version, id)
);

ALTER TABLE registers ADD COLUMN gid_requests INTEGER;
