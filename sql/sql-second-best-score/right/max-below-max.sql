-- The largest score strictly below the game's own best; MAX over no rows is NULL
SELECT g.title AS game,
       (SELECT MAX(s.points)
        FROM scores AS s
        WHERE s.game_id = g.id
          AND s.points < (SELECT MAX(s2.points) FROM scores AS s2 WHERE s2.game_id = g.id)
       ) AS second_best
FROM games AS g;
