-- Row values (SQLite 3.15+) compare pairs lexicographically: the same condition in one term.
SELECT id, title, created_at
FROM posts
WHERE (created_at, id) < ('2024-03-10 12:00:00', 15)
ORDER BY created_at DESC, id DESC
LIMIT 10;
