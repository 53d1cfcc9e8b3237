-- COALESCE(…, 0) reports 0 for a game with no second-best score, but no one scored 0: the answer is unknown, NULL
SELECT g.title AS game,
       COALESCE((SELECT DISTINCT s.points
                 FROM scores AS s
                 WHERE s.game_id = g.id
                 ORDER BY s.points DESC
                 LIMIT 1 OFFSET 1), 0) AS second_best
FROM games AS g;
