-- A self-join makes one row per ordered pair of users, so an address shared by n users is counted n × (n - 1) times
SELECT lower(a.email) AS email, COUNT(*) AS user_count
FROM users AS a
JOIN users AS b ON lower(a.email) = lower(b.email) AND a.id <> b.id
GROUP BY lower(a.email);
