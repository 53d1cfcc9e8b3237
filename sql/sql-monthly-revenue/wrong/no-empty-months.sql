-- Groups the orders by month: months without orders are missing instead of showing zeros
SELECT strftime('%Y-%m', created_at) AS month,
       COUNT(*) AS order_count,
       SUM(amount) AS revenue,
       ROUND(AVG(amount), 2) AS avg_amount
FROM orders
GROUP BY month
ORDER BY month;
