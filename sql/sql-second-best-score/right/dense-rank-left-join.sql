-- DENSE_RANK per game, LEFT JOINed at rank 2 so that every game keeps its row
WITH ranked AS (
  SELECT game_id, points,
         DENSE_RANK() OVER (PARTITION BY game_id ORDER BY points DESC) AS rnk
  FROM scores
)
SELECT g.title AS game, MAX(r.points) AS second_best
FROM games AS g
LEFT JOIN ranked AS r ON r.game_id = g.id AND r.rnk = 2
GROUP BY g.id, g.title;
