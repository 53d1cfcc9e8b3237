-- COUNT(CASE … THEN 1 ELSE 0 END) counts the 0s too (COUNT skips only NULL): every column is the month's total
SELECT substr(created_at, 1, 7) AS month,
       COUNT(CASE WHEN status = 'paid' THEN 1 ELSE 0 END) AS paid,
       COUNT(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) AS pending,
       COUNT(CASE WHEN status = 'refunded' THEN 1 ELSE 0 END) AS refunded
FROM orders
GROUP BY substr(created_at, 1, 7);
