SELECT g.title AS game,
       (SELECT DISTINCT s.points
        FROM scores AS s
        WHERE s.game_id = g.id
        ORDER BY s.points DESC
        LIMIT 1 OFFSET 1) AS second_best
FROM games AS g;
