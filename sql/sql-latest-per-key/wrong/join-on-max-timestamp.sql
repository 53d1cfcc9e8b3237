-- Joins back on the max timestamp: a product with two rows at that time appears twice
SELECT p.product_id, p.id, p.price, p.updated_at
FROM prices p
JOIN (SELECT product_id, MAX(updated_at) AS latest
      FROM prices GROUP BY product_id) m
  ON m.product_id = p.product_id AND m.latest = p.updated_at;
