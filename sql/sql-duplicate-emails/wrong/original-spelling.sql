-- Groups by lower(email) but selects the bare `email`: SQLite shows one arbitrary spelling, not the lower-case address
SELECT email, COUNT(*) AS user_count
FROM users
WHERE email IS NOT NULL
GROUP BY lower(email)
HAVING COUNT(*) > 1;
