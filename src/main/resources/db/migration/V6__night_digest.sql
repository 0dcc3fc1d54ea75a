-- What a night was made from, as one SHA-256 (batch.RepeatDecider): every file of its input folder by
-- path and content, the roster's bytes, jixiao's version, the checks' and reports' settings, the
-- templates, the printing and the run date. A night whose digest is that of the night just before it on
-- the same output folder, which completed, publishes what that night published: it copies that
-- night's records instead of working them out again. Null for nights before this column.
ALTER TABLE jx_run ADD COLUMN IF NOT EXISTS night_digest CHAR(64);
