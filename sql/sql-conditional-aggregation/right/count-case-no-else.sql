-- COUNT skips the NULLs that CASE gives when no branch matches
SELECT substr(created_at, 1, 7) AS month,
       COUNT(CASE WHEN status = 'paid' THEN 1 END) AS paid,
       COUNT(CASE WHEN status = 'pending' THEN 1 END) AS pending,
       COUNT(CASE WHEN status = 'refunded' THEN 1 END) AS refunded
FROM orders
GROUP BY substr(created_at, 1, 7);
