-- Numbers the days in insertion (id) order instead of date order
WITH login_days AS (
  SELECT user_id, day, MIN(id) AS first_id FROM logins GROUP BY user_id, day
), numbered AS (
  SELECT user_id, day,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY first_id) AS island
  FROM login_days
)
SELECT user_id, MIN(day) AS start_day, MAX(day) AS end_day, COUNT(*) AS days
FROM numbered
GROUP BY user_id, island;
