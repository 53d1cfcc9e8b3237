-- created_at <= X AND id < Y: also drops older posts whose id is bigger than the cursor's
SELECT id, title, created_at
FROM posts
WHERE created_at <= '2024-03-10 12:00:00' AND id < 15
ORDER BY created_at DESC, id DESC
LIMIT 10;
