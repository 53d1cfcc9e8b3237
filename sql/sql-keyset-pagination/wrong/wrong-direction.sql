-- Pages the wrong way: returns the posts newer than the cursor
SELECT id, title, created_at
FROM posts
WHERE (created_at, id) > ('2024-03-10 12:00:00', 15)
ORDER BY created_at, id
LIMIT 10;
