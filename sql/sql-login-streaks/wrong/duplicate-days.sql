-- Numbers the raw logins: a second login on the same day shifts the numbering and splits the streak
WITH numbered AS (
  SELECT user_id, day,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
  FROM logins
)
SELECT user_id, MIN(day) AS start_day, MAX(day) AS end_day, COUNT(*) AS days
FROM numbered
GROUP BY user_id, island;
