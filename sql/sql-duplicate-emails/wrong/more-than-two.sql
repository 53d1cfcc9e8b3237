-- Off by one: `COUNT(*) > 2` misses addresses shared by exactly two users
SELECT lower(email) AS email, COUNT(*) AS user_count
FROM users
WHERE email IS NOT NULL
GROUP BY lower(email)
HAVING COUNT(*) > 2;
