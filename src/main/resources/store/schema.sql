-- jixiao's own tables, beside Spring Batch's BATCH_* job repository in the same H2 database.
-- Every statement is idempotent: the schema is applied at each start.

CREATE TABLE IF NOT EXISTS jx_run (
    run_id           BIGINT PRIMARY KEY,
    job_execution_id BIGINT,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    run_date         DATE NOT NULL,
    input_dir        VARCHAR(4000) NOT NULL,
    output_dir       VARCHAR(4000) NOT NULL,
    status           VARCHAR(20) NOT NULL
);
-- When the run's import was finished (its versions made current, in the same transaction): a run
-- given up before that has its import withdrawn, a run given up after keeps it.
ALTER TABLE jx_run ADD COLUMN IF NOT EXISTS import_finished_at TIMESTAMP;
-- The process that runs it (host, pid, start time): a run on another output folder sharing this
-- store must not give up a run whose process is still alive.
ALTER TABLE jx_run ADD COLUMN IF NOT EXISTS owner VARCHAR(400);
-- The last sign of life of a run's process, by the database's clock, renewed every half minute while it
-- runs: a run of another host sharing this store (whose process cannot be looked up) counts as going
-- while its heartbeat is recent. A table of its own, so a beat never waits on a lock of jx_run.
CREATE TABLE IF NOT EXISTS jx_heartbeat (
    run_id  BIGINT PRIMARY KEY,
    beat_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per version of an input file; a file unchanged since a run is not stored again.
CREATE TABLE IF NOT EXISTS jx_file (
    file_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id         BIGINT NOT NULL,
    path           VARCHAR(4000) NOT NULL,
    sha256         CHAR(64) NOT NULL,
    bytes          BIGINT NOT NULL,
    is_current     BOOLEAN DEFAULT TRUE NOT NULL,
    rows_read      INT DEFAULT 0 NOT NULL,
    rows_imported  INT DEFAULT 0 NOT NULL,
    rows_rejected  INT DEFAULT 0 NOT NULL,
    file_rejected  INT DEFAULT 0 NOT NULL
);
CREATE INDEX IF NOT EXISTS jx_file_sha ON jx_file(sha256);
CREATE UNIQUE INDEX IF NOT EXISTS jx_file_run_path ON jx_file(run_id, path);

-- What each run did with each file it saw: IMPORTED, or SKIPPED (unchanged since it was imported).
CREATE TABLE IF NOT EXISTS jx_run_file (
    run_id   BIGINT NOT NULL,
    file_id  BIGINT NOT NULL,
    path     VARCHAR(4000) NOT NULL,
    action   VARCHAR(20) NOT NULL,
    note     VARCHAR(4000),
    PRIMARY KEY (run_id, path)
);

-- The rows of every filing as filed, in blocks of one project's consecutive rows (BlockCodec):
-- rows separated by U+001E, cells by U+001F, a repeated project column stored blank.
CREATE TABLE IF NOT EXISTS jx_block (
    file_id     BIGINT NOT NULL,
    first_seq   INT NOT NULL,
    run_id      BIGINT NOT NULL,
    sheet       VARCHAR(200) NOT NULL,
    kind        CHAR(1) NOT NULL,
    project_key VARCHAR(2000) NOT NULL,
    row_count   INT NOT NULL,
    rows_packed CHARACTER VARYING NOT NULL,
    PRIMARY KEY (file_id, first_seq)
);
CREATE INDEX IF NOT EXISTS jx_block_project ON jx_block(file_id, project_key, first_seq);
-- Stores made before the checks moved into the import had the check step's sort index and bucket here.
DROP INDEX IF EXISTS jx_block_run;
ALTER TABLE jx_block DROP COLUMN IF EXISTS key_bucket;

-- Each project key a run met, per file version: the check step's work list. A key in two files of a
-- run is a project filed twice; recheck marks a project the import could not check as it read it (its
-- rows interrupted by another project's, or too many to hold). key_bucket (0..1023) splits the step
-- across threads.
CREATE TABLE IF NOT EXISTS jx_run_key (
    run_id      BIGINT NOT NULL,
    project_key VARCHAR(2000) NOT NULL,
    file_id     BIGINT NOT NULL,
    key_bucket  INT NOT NULL,
    recheck     BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, project_key, file_id)
);

CREATE TABLE IF NOT EXISTS jx_project (
    project_id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_id           BIGINT NOT NULL,
    run_id            BIGINT NOT NULL,
    project_key       VARCHAR(2000) NOT NULL,
    kind              CHAR(1) NOT NULL,
    status            VARCHAR(10) NOT NULL,
    is_current        BOOLEAN DEFAULT TRUE NOT NULL,
    budget_year       INT,
    region            VARCHAR(200),
    department        VARCHAR(1000),
    name              VARCHAR(2000),
    unit              VARCHAR(1000),
    code              VARCHAR(200),
    nature            VARCHAR(200),
    category          VARCHAR(200),
    start_date        DATE,
    end_date          DATE,
    total_funds       DECIMAL(24, 6),
    fiscal_funds      DECIMAL(24, 6),
    other_funds       DECIMAL(24, 6),
    annual_amount     DECIMAL(24, 6),
    current_approp    DECIMAL(24, 6),
    carryover         DECIMAL(24, 6),
    annual_other      DECIMAL(24, 6),
    project_goal      CHARACTER VARYING,
    annual_goal       CHARACTER VARYING,
    expected_goal     CHARACTER VARYING,
    actual_result     CHARACTER VARYING,
    fund_weight       DECIMAL(12, 4),
    initial_budget    DECIMAL(24, 6),
    adjusted_budget   DECIMAL(24, 6),
    executed          DECIMAL(24, 6),
    cur_initial       DECIMAL(24, 6),
    cur_adjusted      DECIMAL(24, 6),
    cur_executed      DECIMAL(24, 6),
    carry_initial     DECIMAL(24, 6),
    carry_adjusted    DECIMAL(24, 6),
    carry_executed    DECIMAL(24, 6),
    oth_initial       DECIMAL(24, 6),
    oth_adjusted      DECIMAL(24, 6),
    oth_executed      DECIMAL(24, 6),
    stated_rate       DECIMAL(24, 10),
    stated_fund_score DECIMAL(12, 4),
    stated_total_wt   DECIMAL(12, 4),
    stated_total      DECIMAL(12, 4),
    execution_rate    DECIMAL(24, 10),
    used_fund_weight  DECIMAL(12, 4),
    initial_rate      DECIMAL(24, 10),
    fund_score        DECIMAL(24, 10),
    total_score       DECIMAL(24, 10),
    total_weight      DECIMAL(24, 10),
    grade             VARCHAR(4),
    ind_count         INT,
    ind_quant         INT,
    ind_cost          INT,
    ind_output        INT,
    ind_benefit       INT,
    ind_satisfaction  INT,
    ind_other         INT,
    deductions        INT,
    deducted          DECIMAL(12, 4),
    sheet             VARCHAR(200),
    first_row         INT,
    first_seq         INT,
    row_count         INT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS jx_project_key ON jx_project(file_id, project_key);
CREATE INDEX IF NOT EXISTS jx_project_current ON jx_project(is_current, status, kind, budget_year);
CREATE INDEX IF NOT EXISTS jx_project_department ON jx_project(department, budget_year, kind);

CREATE TABLE IF NOT EXISTS jx_finding (
    finding_id  BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id      BIGINT NOT NULL,
    file_id     BIGINT NOT NULL,
    project_key VARCHAR(2000),
    rule_id     CHAR(3) NOT NULL,
    severity    VARCHAR(4) NOT NULL,
    file        VARCHAR(4000),
    sheet       VARCHAR(200),
    row_no      INT,
    col         VARCHAR(1000),
    department  VARCHAR(1000),
    project     VARCHAR(2000),
    message     CHARACTER VARYING NOT NULL,
    rows_rejected INT DEFAULT 0 NOT NULL
);
CREATE INDEX IF NOT EXISTS jx_finding_project ON jx_finding(file_id, project_key);

-- Every file a run wrote, for manifest.json and for the history command.
CREATE TABLE IF NOT EXISTS jx_output (
    run_id      BIGINT NOT NULL,
    path        VARCHAR(4000) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    budget_year INT,
    region      VARCHAR(200),
    department  VARCHAR(1000),
    pages       INT,
    bytes       BIGINT NOT NULL,
    sha256      CHAR(64) NOT NULL,
    PRIMARY KEY (run_id, path)
);

-- Files earlier runs published in the same output folder that a run did not publish again (a
-- department whose filings were withdrawn or renamed): removed by that run, listed in its manifest.
CREATE TABLE IF NOT EXISTS jx_removed_output (
    run_id  BIGINT NOT NULL,
    path    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, path)
);
