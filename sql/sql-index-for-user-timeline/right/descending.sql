-- The same index with created_at stored in descending order: the query reads it forwards
CREATE INDEX events_user_time_desc ON events(user_id, created_at DESC);
