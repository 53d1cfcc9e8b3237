-- COUNT(*) after a LEFT JOIN counts the NULL-padded row, so a customer without orders has count 1, not 0
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
HAVING COUNT(*) = 0;
