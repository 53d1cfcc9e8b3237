-- COUNT(*) FILTER (WHERE …): the aggregate FILTER clause (SQLite 3.30+), grouped by the output alias
SELECT strftime('%Y-%m', created_at) AS month,
       COUNT(*) FILTER (WHERE status = 'paid') AS paid,
       COUNT(*) FILTER (WHERE status = 'pending') AS pending,
       COUNT(*) FILTER (WHERE status = 'refunded') AS refunded
FROM orders
GROUP BY month;
