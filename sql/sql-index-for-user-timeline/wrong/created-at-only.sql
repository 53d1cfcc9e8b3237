-- Index on created_at alone: walks every event after ?2, whoever the user, to find this user's rows
CREATE INDEX events_time ON events(created_at);
