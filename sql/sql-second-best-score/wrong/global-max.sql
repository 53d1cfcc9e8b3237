-- The inner MAX is not correlated with the game: it is the best score of the whole arcade, not of this game
SELECT g.title AS game,
       (SELECT MAX(s.points)
        FROM scores AS s
        WHERE s.game_id = g.id
          AND s.points < (SELECT MAX(points) FROM scores)
       ) AS second_best
FROM games AS g;
