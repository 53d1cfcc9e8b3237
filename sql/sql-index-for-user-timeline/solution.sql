CREATE INDEX events_user_time ON events(user_id, created_at);
