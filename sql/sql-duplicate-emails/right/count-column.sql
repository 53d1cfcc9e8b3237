-- COUNT(email) is 0 for the NULL group, so HAVING drops it without a WHERE
SELECT lower(email) AS email, COUNT(email) AS user_count
FROM users
GROUP BY lower(email)
HAVING COUNT(email) > 1;
