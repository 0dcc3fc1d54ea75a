-- Each worker's own lease (six of its heartbeats, in seconds): a manager fences a worker only once it
-- has missed the beats it promised, whatever the manager's own settings.
ALTER TABLE jx_worker ADD COLUMN lease_seconds DOUBLE PRECISION DEFAULT 30 NOT NULL;
