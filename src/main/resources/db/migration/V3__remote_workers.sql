-- Remote workers (java -jar jixiao.jar worker --store=URL, PostgreSQL only): the queue of partition
-- requests a night's manager hands to them, and each worker's sign of life. Created on H2 too, so both
-- stores stay at the same version; an H2 store never uses them.

-- Spring Integration's JDBC channel message store: only the two objects a queue of messages needs, as
-- spring-integration-jdbc 7.0's schema-postgresql.sql makes them (H2 reads them as they are).
CREATE SEQUENCE IF NOT EXISTS INT_MESSAGE_SEQ START WITH 1 INCREMENT BY 1 NO CYCLE;
CREATE TABLE IF NOT EXISTS INT_CHANNEL_MESSAGE (
    MESSAGE_ID CHAR(36) NOT NULL,
    GROUP_KEY CHAR(36) NOT NULL,
    CREATED_DATE BIGINT NOT NULL,
    MESSAGE_PRIORITY BIGINT,
    MESSAGE_SEQUENCE BIGINT NOT NULL DEFAULT nextval('INT_MESSAGE_SEQ'),
    MESSAGE_CONTENT BYTEA,
    REGION VARCHAR(100) NOT NULL,
    CONSTRAINT INT_CHANNEL_MESSAGE_PK PRIMARY KEY (REGION, GROUP_KEY, CREATED_DATE, MESSAGE_SEQUENCE)
);
CREATE INDEX IF NOT EXISTS INT_CHANNEL_MSG_DELETE_IDX ON INT_CHANNEL_MESSAGE (REGION, GROUP_KEY, MESSAGE_ID);

-- One row per worker process (host:pid), its heartbeat by the database's clock. stopped_at: it stopped
-- of its own accord (SIGTERM); lost_at: a manager found its heartbeat older than the lease and ended its
-- database sessions, so the partition it held went back to the queue.
CREATE TABLE IF NOT EXISTS jx_worker (
    worker      VARCHAR(400) PRIMARY KEY,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    beat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at  TIMESTAMP WITH TIME ZONE,
    lost_at     TIMESTAMP WITH TIME ZONE
);
