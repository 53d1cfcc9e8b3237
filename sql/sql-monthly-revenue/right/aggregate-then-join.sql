-- Aggregate the orders per month first, then attach the totals to the calendar.
WITH RECURSIVE per_month AS (
  SELECT strftime('%Y-%m', created_at) AS month,
         COUNT(*) AS order_count, SUM(amount) AS revenue, ROUND(AVG(amount), 2) AS avg_amount
  FROM orders
  GROUP BY 1
), calendar(month) AS (
  SELECT MIN(month) FROM per_month
  UNION ALL
  SELECT strftime('%Y-%m', month || '-01', '+1 month') FROM calendar
  WHERE month < (SELECT MAX(month) FROM per_month)
)
SELECT c.month, COALESCE(p.order_count, 0) AS order_count,
       COALESCE(p.revenue, 0) AS revenue, p.avg_amount
FROM calendar c
LEFT JOIN per_month p ON p.month = c.month
ORDER BY c.month;
