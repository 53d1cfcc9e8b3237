-- Flag the days that start a streak (the previous login day is not yesterday), then number the
-- streaks with a running sum of the flags.
WITH login_days AS (
  SELECT DISTINCT user_id, day FROM logins
), flagged AS (
  SELECT user_id, day,
         CASE WHEN LAG(day) OVER (PARTITION BY user_id ORDER BY day) = date(day, '-1 day')
              THEN 0 ELSE 1 END AS starts
  FROM login_days
), streaks AS (
  SELECT user_id, day,
         SUM(starts) OVER (PARTITION BY user_id ORDER BY day) AS streak
  FROM flagged
)
SELECT user_id, MIN(day) AS start_day, MAX(day) AS end_day, COUNT(*) AS days
FROM streaks
GROUP BY user_id, streak;
