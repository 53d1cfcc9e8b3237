-- OFFSET 1 without DISTINCT skips one *row*, not one value: when two players share the best score, it returns the best again
SELECT g.title AS game,
       (SELECT s.points
        FROM scores AS s
        WHERE s.game_id = g.id
        ORDER BY s.points DESC
        LIMIT 1 OFFSET 1) AS second_best
FROM games AS g;
