-- Groups by the month number alone (%m): December 2023 and December 2024 are merged into one row
SELECT strftime('%Y-%m', created_at) AS month,
       SUM(CASE WHEN status = 'paid' THEN 1 ELSE 0 END) AS paid,
       SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS pending,
       SUM(CASE WHEN status = 'refunded' THEN 1 ELSE 0 END) AS refunded
FROM orders
GROUP BY strftime('%m', created_at);
