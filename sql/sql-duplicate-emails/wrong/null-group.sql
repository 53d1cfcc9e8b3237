-- Forgets the NULLs: all users without an email form one group, and COUNT(*) reports it as a duplicate
SELECT lower(email) AS email, COUNT(*) AS user_count
FROM users
GROUP BY lower(email)
HAVING COUNT(*) > 1;
