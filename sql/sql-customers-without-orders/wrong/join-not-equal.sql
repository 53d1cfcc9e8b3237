-- Joins on `<>`: keeps every customer for whom some other customer's order exists, which is nearly everyone
SELECT DISTINCT c.id, c.name
FROM customers AS c
JOIN orders AS o ON o.customer_id <> c.id;
