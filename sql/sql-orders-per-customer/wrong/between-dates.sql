-- BETWEEN '2024-01-01' AND '2024-12-31' compares text: '2024-12-31 18:30:00' > '2024-12-31', so New Year's Eve orders are lost
SELECT c.id, c.name, COUNT(o.id) AS orders_2024
FROM customers AS c
LEFT JOIN orders AS o
  ON o.customer_id = c.id
 AND o.created_at BETWEEN '2024-01-01' AND '2024-12-31'
GROUP BY c.id, c.name;
