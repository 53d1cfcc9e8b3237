-- DENSE_RANK gives duplicate days the same number, so no DISTINCT is needed, as long as the
-- count is of distinct days.
WITH numbered AS (
  SELECT user_id, day,
         julianday(day) - DENSE_RANK() OVER (PARTITION BY user_id ORDER BY day) AS island
  FROM logins
)
SELECT user_id, MIN(day) AS start_day, MAX(day) AS end_day, COUNT(DISTINCT day) AS days
FROM numbered
GROUP BY user_id, island;
