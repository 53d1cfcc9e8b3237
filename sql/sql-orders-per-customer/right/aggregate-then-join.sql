-- Counts 2024 orders per customer first, then LEFT JOINs customers and turns the missing counts into 0
WITH per_customer AS (
  SELECT customer_id, COUNT(*) AS n
  FROM orders
  WHERE strftime('%Y', created_at) = '2024'
  GROUP BY customer_id
)
SELECT c.id, c.name, COALESCE(p.n, 0) AS orders_2024
FROM customers AS c
LEFT JOIN per_customer AS p ON p.customer_id = c.id;
