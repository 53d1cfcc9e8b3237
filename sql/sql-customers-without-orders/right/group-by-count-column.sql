-- LEFT JOIN + GROUP BY, keeping customers whose COUNT(o.id) is 0 (COUNT of a column skips the NULL-padded row)
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
GROUP BY c.id, c.name
HAVING COUNT(o.id) = 0;
