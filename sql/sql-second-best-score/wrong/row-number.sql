-- ROW_NUMBER numbers rows, not values: with a tie at the top, row 2 holds the best score again
WITH ranked AS (
  SELECT game_id, points,
         ROW_NUMBER() OVER (PARTITION BY game_id ORDER BY points DESC) AS rn
  FROM scores
)
SELECT g.title AS game, r.points AS second_best
FROM games AS g
LEFT JOIN ranked AS r ON r.game_id = g.id AND r.rn = 2;
