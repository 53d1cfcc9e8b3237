SELECT lower(email) AS email, COUNT(*) AS user_count
FROM users
WHERE email IS NOT NULL
GROUP BY lower(email)
HAVING COUNT(*) > 1;
