-- Each game's best in a CTE, then MAX over the scores below it, with LEFT JOINs all the way
WITH best AS (
  SELECT game_id, MAX(points) AS top FROM scores GROUP BY game_id
)
SELECT g.title AS game, MAX(s.points) AS second_best
FROM games AS g
LEFT JOIN best AS b ON b.game_id = g.id
LEFT JOIN scores AS s ON s.game_id = g.id AND s.points < b.top
GROUP BY g.id, g.title;
