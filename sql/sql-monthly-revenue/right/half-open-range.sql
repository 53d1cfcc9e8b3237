-- Join each month to the orders in [month start, next month start): a half-open range keeps the
-- last second of the month and leaves out the first second of the next one.
WITH RECURSIVE bounds AS (
  SELECT date(MIN(created_at), 'start of month') AS first_month,
         date(MAX(created_at), 'start of month') AS last_month
  FROM orders
), months(month_start) AS (
  SELECT first_month FROM bounds
  UNION ALL
  SELECT date(month_start, '+1 month') FROM months, bounds WHERE month_start < last_month
)
SELECT substr(m.month_start, 1, 7) AS month,
       COUNT(o.id) AS order_count,
       TOTAL(o.amount) AS revenue,
       ROUND(AVG(o.amount), 2) AS avg_amount
FROM months m
LEFT JOIN orders o
  ON o.created_at >= m.month_start
 AND o.created_at < date(m.month_start, '+1 month')
GROUP BY m.month_start
ORDER BY month;
