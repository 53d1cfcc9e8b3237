-- created_at <= X minus the cursor row: the same-time posts with a bigger id (already served) come back
SELECT id, title, created_at
FROM posts
WHERE created_at <= '2024-03-10 12:00:00' AND id <> 15
ORDER BY created_at DESC, id DESC
LIMIT 10;
