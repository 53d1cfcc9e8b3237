-- A column the query does not filter on sits between user_id and created_at, so created_at is neither searched nor in order
CREATE INDEX events_user_kind_time ON events(user_id, kind, created_at);
