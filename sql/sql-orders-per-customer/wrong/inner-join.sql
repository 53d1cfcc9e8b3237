-- INNER JOIN: customers without a 2024 order vanish instead of showing 0
SELECT c.id, c.name, COUNT(o.id) AS orders_2024
FROM customers AS c
JOIN orders AS o
  ON o.customer_id = c.id
 AND o.created_at >= '2024-01-01'
 AND o.created_at < '2025-01-01'
GROUP BY c.id, c.name;
