-- Groups by the raw address: `Ada@Example.com` and `ADA@EXAMPLE.COM` count as two different addresses
SELECT lower(email) AS email, COUNT(*) AS user_count
FROM users
WHERE email IS NOT NULL
GROUP BY email
HAVING COUNT(*) > 1;
