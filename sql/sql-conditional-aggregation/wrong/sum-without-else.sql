-- SUM(CASE … THEN 1 END) without ELSE 0: a month with no order of a status gets NULL instead of 0
SELECT substr(created_at, 1, 7) AS month,
       SUM(CASE WHEN status = 'paid' THEN 1 END) AS paid,
       SUM(CASE WHEN status = 'pending' THEN 1 END) AS pending,
       SUM(CASE WHEN status = 'refunded' THEN 1 END) AS refunded
FROM orders
GROUP BY substr(created_at, 1, 7);
