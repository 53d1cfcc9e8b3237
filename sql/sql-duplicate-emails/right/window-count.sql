-- A window COUNT per lower-cased address, then one row per address with DISTINCT
SELECT DISTINCT email, user_count
FROM (
  SELECT lower(email) AS email,
         COUNT(*) OVER (PARTITION BY lower(email)) AS user_count
  FROM users
  WHERE email IS NOT NULL
)
WHERE user_count > 1;
