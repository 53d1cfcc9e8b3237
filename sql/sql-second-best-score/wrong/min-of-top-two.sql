-- The smaller of the two best distinct scores: when a game has only one distinct score, that score comes back instead of NULL
SELECT g.title AS game,
       (SELECT MIN(points)
        FROM (SELECT DISTINCT s.points
              FROM scores AS s
              WHERE s.game_id = g.id
              ORDER BY s.points DESC
              LIMIT 2)) AS second_best
FROM games AS g;
