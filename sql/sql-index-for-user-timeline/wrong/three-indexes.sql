-- Indexes "just in case": three indexes, over the limit of two (each one slows every insert)
CREATE INDEX events_user_time ON events(user_id, created_at);
CREATE INDEX events_user ON events(user_id);
CREATE INDEX events_time ON events(created_at);
