-- Events of Quotable: what was asked, which replies were used, whether they helped, reloads and syncs.
-- Never who asked. Equal events on the same UTC day share one row and a counter (times), so a
-- repeated question costs no new row. The same SQL runs on H2 (embedded) and PostgreSQL (shared).

-- A question and what it got. qkey: the first 128 bits of SHA-256 over (on_day, channel, question,
-- audience, language, topic, answered), hex: one short unique key instead of a wide composite one.
CREATE TABLE asked (
    qkey       CHAR(32)                 NOT NULL PRIMARY KEY,
    on_day     DATE                     NOT NULL,
    channel    VARCHAR(32)              NOT NULL,
    question   VARCHAR(500)             NOT NULL,
    audience   VARCHAR(100),
    language   VARCHAR(35),
    topic      VARCHAR(100),
    answered   BOOLEAN                  NOT NULL,
    confidence REAL,
    times      BIGINT                   NOT NULL,
    last_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX asked_last_at ON asked (last_at);

-- A reply served, posted to a channel, or marked helpful / not helpful (use), with the question
-- when the caller gave one (feedback only; '' otherwise). ukey as qkey, over (on_day, kind, reply, channel, question).
CREATE TABLE reply_use (
    ukey     CHAR(32)                 NOT NULL PRIMARY KEY,
    on_day   DATE                     NOT NULL,
    kind     VARCHAR(16)              NOT NULL,
    reply_id VARCHAR(200)             NOT NULL,
    channel  VARCHAR(32)              NOT NULL,
    question VARCHAR(500)             NOT NULL,
    times    BIGINT                   NOT NULL,
    last_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reply_use_last_at ON reply_use (last_at);

-- Library reloads and git syncs, one row each (a few a day).
CREATE TABLE operations (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_time TIMESTAMP WITH TIME ZONE NOT NULL,
    kind    VARCHAR(16)              NOT NULL,
    outcome VARCHAR(32)              NOT NULL,
    detail  VARCHAR(1000)            NOT NULL
);
CREATE INDEX operations_at ON operations (at_time);

-- Files imported from the time before this database (misses.jsonl), by SHA-256 of their bytes: each once.
CREATE TABLE imports (
    sha256   CHAR(64)                 NOT NULL PRIMARY KEY,
    name     VARCHAR(200)             NOT NULL,
    at_time  TIMESTAMP WITH TIME ZONE NOT NULL,
    imported BIGINT                   NOT NULL,
    skipped  BIGINT                   NOT NULL
);
