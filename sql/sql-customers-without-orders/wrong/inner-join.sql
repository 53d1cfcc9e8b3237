-- INNER JOIN instead of LEFT JOIN: customers without orders are dropped by the join, so the IS NULL test finds nothing
SELECT c.id, c.name
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
WHERE o.id IS NULL;
