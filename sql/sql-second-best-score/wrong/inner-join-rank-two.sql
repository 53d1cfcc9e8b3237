-- Joins games to the rank-2 rows with an inner join: games without a second-best score disappear instead of showing NULL
WITH ranked AS (
  SELECT game_id, points,
         DENSE_RANK() OVER (PARTITION BY game_id ORDER BY points DESC) AS rnk
  FROM scores
)
SELECT DISTINCT g.title AS game, r.points AS second_best
FROM games AS g
JOIN ranked AS r ON r.game_id = g.id
WHERE r.rnk = 2;
