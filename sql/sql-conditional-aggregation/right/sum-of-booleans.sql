-- In SQLite a comparison is 0 or 1, so SUM of it counts the rows where it holds
SELECT substr(created_at, 1, 7) AS month,
       SUM(status = 'paid') AS paid,
       SUM(status = 'pending') AS pending,
       SUM(status = 'refunded') AS refunded
FROM orders
GROUP BY 1;
