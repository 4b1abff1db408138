-- The question log and answer feedback. Portable SQL: the same file runs on SQLite and PostgreSQL.
-- Times are milliseconds since 1970 (UTC); user_hash is a keyed one-way hash, never the visitor's id.

CREATE TABLE questions (
  reply_id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  channel TEXT NOT NULL,
  user_hash TEXT NOT NULL,
  question TEXT NOT NULL,
  outcome TEXT NOT NULL,
  intent TEXT NOT NULL,
  topic TEXT,
  section TEXT,
  subject TEXT,
  answer TEXT NOT NULL,
  confidence DOUBLE PRECISION,
  latency_ms DOUBLE PRECISION NOT NULL
);
CREATE INDEX questions_at ON questions (at);
CREATE INDEX questions_user_hash ON questions (user_hash);

CREATE TABLE feedback (
  reply_id TEXT PRIMARY KEY,
  user_hash TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
  comment TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX feedback_at ON feedback (at);
CREATE INDEX feedback_user_hash ON feedback (user_hash);
