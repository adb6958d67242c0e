-- Art30 worker, payloadVersion 3 (issue 13): a holding's Event date, the date of the named custom
-- event its retention rule counts from when no other column fits ("6 måneder efter
-- projektstart"), and the register's decision window after a minimum period (days before an
-- item that may be deleted, and that nobody decided about, comes back for review). Snapshots
-- stored before this migration have neither: NULL reads as no event date and the default window.

ALTER TABLE holdings ADD COLUMN custom_event TEXT;
ALTER TABLE registers ADD COLUMN floor_review_days INTEGER;
