-- No date filter in the join: sums a 0/1 flag (NULL LIKE … is NULL, so the CASE gives 0 for the NULL-padded row)
SELECT c.id, c.name,
       SUM(CASE WHEN o.created_at LIKE '2024-%' THEN 1 ELSE 0 END) AS orders_2024
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name;
