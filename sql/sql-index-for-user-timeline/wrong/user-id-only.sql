-- Index on user_id alone: finds the user's rows, but they must be filtered by time and sorted in a temporary B-tree
CREATE INDEX events_user ON events(user_id);
