-- Indexes a column the query does not filter or sort on: the plan is still a full scan plus a sort
CREATE INDEX events_kind ON events(kind);
