-- DENSE_RANK finds the streaks, but COUNT(*) counts logins instead of days
WITH numbered AS (
  SELECT user_id, day,
         julianday(day) - DENSE_RANK() OVER (PARTITION BY user_id ORDER BY day) AS island
  FROM logins
)
SELECT user_id, MIN(day) AS start_day, MAX(day) AS end_day, COUNT(*) AS days
FROM numbered
GROUP BY user_id, island;
