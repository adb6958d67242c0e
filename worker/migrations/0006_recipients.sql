-- Art30 worker, issue 15: nobody gets email who has not agreed to it.
--
-- recipients: every address a register's snapshot names (owner, escalation contact, admin, the
-- responsible of an open data-subject request), with its state. An address is 'waiting' until it
-- confirms from the page its confirmation email links to (a POST; a GET changes nothing), then
-- 'confirmed'. It becomes 'unsubscribed' when it leaves (one-click or the page) and 'failing'
-- when Email Service reports it bouncing. Only confirmed
-- addresses receive reminders; the items of the others go to a confirmed address with a note.
-- The confirmation token is kept only as its SHA-256; the unsubscribe token is kept as it is,
-- because every email must carry it (it can do nothing but stop email to that address).
CREATE TABLE recipients (
  register_id         TEXT NOT NULL REFERENCES registers (id) ON DELETE CASCADE,
  address             TEXT NOT NULL,               -- normalised (shared/mailbox, lower case)
  state               TEXT NOT NULL CHECK (state IN ('waiting', 'confirmed', 'unsubscribed', 'failing')),
  first_seen          TEXT NOT NULL,               -- civil date the snapshot first named it
  confirm_token_hash  TEXT,                        -- SHA-256 hex of the latest confirmation token
  confirm_sent_on     TEXT,                        -- civil date of the latest confirmation email
  confirm_emails      INTEGER NOT NULL DEFAULT 0,  -- 0, 1 or 2: the first and one resend after 7 days
  leave_token         TEXT NOT NULL UNIQUE,        -- the unsubscribe link's token (base64url, 128 bits)
  bounces             INTEGER NOT NULL DEFAULT 0,  -- bounce events since the last confirmation
  changed_at          TEXT NOT NULL,               -- ISO instant of the last change of state
  PRIMARY KEY (register_id, address)
);

CREATE UNIQUE INDEX recipients_by_confirm_token ON recipients (confirm_token_hash);
CREATE INDEX recipients_by_address ON recipients (address);

-- Messages sent per night by the whole deployment (UTC date of the cron), for the deployment's cap.
CREATE TABLE deployment_nights (
  night TEXT PRIMARY KEY,
  sent  INTEGER NOT NULL
);

-- The enrolling user's verified address counts as confirmed: it is registers.owner_email
-- (migration 0004, issue 14: the verified email of the Google account that enrolled).
