-- All customers EXCEPT those that join to an order (ids are unique, so EXCEPT's de-duplication loses nothing)
SELECT id, name FROM customers
EXCEPT
SELECT c.id, c.name FROM customers AS c JOIN orders AS o ON o.customer_id = c.id;
