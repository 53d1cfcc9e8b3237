-- Groups with COLLATE NOCASE (ASCII case-insensitive) and prints lower(email)
SELECT lower(email) AS email, COUNT(*) AS user_count
FROM users
WHERE email IS NOT NULL
GROUP BY email COLLATE NOCASE
HAVING COUNT(*) > 1;
