-- Average as SUM / COUNT of integers: integer division drops the fraction (27 instead of 27.5)
WITH RECURSIVE months(month_start) AS (
  SELECT date(MIN(created_at), 'start of month') FROM orders
  UNION ALL
  SELECT date(month_start, '+1 month') FROM months
  WHERE month_start < (SELECT date(MAX(created_at), 'start of month') FROM orders)
)
SELECT strftime('%Y-%m', m.month_start) AS month,
       COUNT(o.id) AS order_count,
       COALESCE(SUM(o.amount), 0) AS revenue,
       ROUND(SUM(o.amount) / COUNT(o.id), 2) AS avg_amount
FROM months m
LEFT JOIN orders o ON strftime('%Y-%m', o.created_at) = strftime('%Y-%m', m.month_start)
GROUP BY m.month_start
ORDER BY m.month_start;
