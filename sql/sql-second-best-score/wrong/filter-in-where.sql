-- The "below the best" test sits in WHERE after a join: games with no lower score lose all their rows and vanish
SELECT g.title AS game, MAX(s.points) AS second_best
FROM games AS g
LEFT JOIN scores AS s ON s.game_id = g.id
WHERE s.points < (SELECT MAX(s2.points) FROM scores AS s2 WHERE s2.game_id = g.id)
GROUP BY g.id, g.title;
