-- Also holds kind (id is the rowid, always in the index): the query never reads the table itself
CREATE INDEX events_user_time_kind ON events(user_id, created_at, kind);
