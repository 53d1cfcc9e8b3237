-- Subquery not correlated: compares with the newest timestamp of the whole table, so products updated earlier vanish
SELECT p.product_id, p.id, p.price, p.updated_at
FROM prices p
WHERE p.updated_at = (SELECT MAX(updated_at) FROM prices)
  AND p.id = (SELECT MAX(q.id) FROM prices q
              WHERE q.product_id = p.product_id AND q.updated_at = p.updated_at);
