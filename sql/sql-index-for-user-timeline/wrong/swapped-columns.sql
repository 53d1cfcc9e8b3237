-- Range column first: the index can only seek on created_at, and user_id is checked entry by entry
CREATE INDEX events_time_user ON events(created_at, user_id);
