-- GROUP BY with MAX(updated_at) and bare columns: on a tie SQLite takes them from an arbitrary tied row (here the first one scanned), not the biggest id
SELECT product_id, id, price, MAX(updated_at) AS updated_at
FROM prices
GROUP BY product_id;
