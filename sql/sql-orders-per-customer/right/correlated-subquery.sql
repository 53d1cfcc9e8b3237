-- A correlated COUNT(*) per customer, with an inclusive range written to the second
SELECT c.id, c.name,
       (SELECT COUNT(*)
        FROM orders AS o
        WHERE o.customer_id = c.id
          AND o.created_at >= '2024-01-01 00:00:00'
          AND o.created_at <= '2024-12-31 23:59:59') AS orders_2024
FROM customers AS c;
