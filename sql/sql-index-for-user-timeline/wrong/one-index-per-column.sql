-- One index per column: SQLite uses one index per table here, so it seeks on user_id and still sorts the rows
CREATE INDEX events_user ON events(user_id);
CREATE INDEX events_time ON events(created_at);
