-- created_at is NOT NULL in every real order, so a NULL here can only come from the LEFT JOIN
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.created_at IS NULL;
