-- Page 2 by OFFSET: new posts shift the rows, so the page no longer starts after the cursor
SELECT id, title, created_at
FROM posts
ORDER BY created_at DESC, id DESC
LIMIT 10 OFFSET 10;
