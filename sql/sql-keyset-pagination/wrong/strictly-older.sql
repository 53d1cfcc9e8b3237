-- Only created_at < cursor: the posts with the same created_at and a smaller id are skipped
SELECT id, title, created_at
FROM posts
WHERE created_at < '2024-03-10 12:00:00'
ORDER BY created_at DESC, id DESC
LIMIT 10;
