-- BETWEEN month start AND last day: '2024-01-31 23:59:59' > '2024-01-31', so the last day's orders are lost
WITH RECURSIVE months(month_start) AS (
  SELECT date(MIN(created_at), 'start of month') FROM orders
  UNION ALL
  SELECT date(month_start, '+1 month') FROM months
  WHERE month_start < (SELECT date(MAX(created_at), 'start of month') FROM orders)
)
SELECT strftime('%Y-%m', m.month_start) AS month,
       COUNT(o.id) AS order_count,
       COALESCE(SUM(o.amount), 0) AS revenue,
       ROUND(AVG(o.amount), 2) AS avg_amount
FROM months m
LEFT JOIN orders o
  ON o.created_at BETWEEN m.month_start AND date(m.month_start, '+1 month', '-1 day')
GROUP BY m.month_start
ORDER BY m.month_start;
