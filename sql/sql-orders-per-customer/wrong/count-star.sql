-- COUNT(*) counts the NULL-padded row of the LEFT JOIN, so a customer with no 2024 order gets 1
SELECT c.id, c.name, COUNT(*) AS orders_2024
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND o.created_at >= '2024-01-01'
 AND o.created_at < '2025-01-01'
GROUP BY c.id, c.name;
