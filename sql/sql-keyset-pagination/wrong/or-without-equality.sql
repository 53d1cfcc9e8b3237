-- created_at < X OR id < Y: the id test must apply only to ties, so newer posts with small ids slip in
SELECT id, title, created_at
FROM posts
WHERE created_at < '2024-03-10 12:00:00' OR id < 15
ORDER BY created_at DESC, id DESC
LIMIT 10;
