-- The redundant created_at <= … lets an index on (created_at, id) seek straight to the cursor.
SELECT id, title, created_at
FROM posts
WHERE created_at <= '2024-03-10 12:00:00'
  AND (created_at < '2024-03-10 12:00:00' OR id < 15)
ORDER BY created_at DESC, id DESC
LIMIT 10;
