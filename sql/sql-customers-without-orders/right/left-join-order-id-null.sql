-- LEFT JOIN, then keep the customers whose joined order id is NULL (a real order always has an id)
SELECT c.id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.id
WHERE o.id IS NULL;
