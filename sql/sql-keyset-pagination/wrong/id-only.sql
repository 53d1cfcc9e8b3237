-- Uses only id < cursor id, assuming ids follow created_at (they do not)
SELECT id, title, created_at
FROM posts
WHERE id < 15
ORDER BY created_at DESC, id DESC
LIMIT 10;
