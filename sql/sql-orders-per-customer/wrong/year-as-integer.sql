-- strftime returns text: '2024' = 2024 compares text with an integer and is never true, so every count is 0
SELECT c.id, c.name, COUNT(o.id) AS orders_2024
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND strftime('%Y', o.created_at) = 2024
GROUP BY c.id, c.name;
