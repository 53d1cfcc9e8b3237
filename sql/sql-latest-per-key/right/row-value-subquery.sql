-- Pick the winning id per product with ORDER BY … LIMIT 1 in a correlated subquery.
SELECT p.product_id, p.id, p.price, p.updated_at
FROM prices p
WHERE p.id = (
  SELECT q.id FROM prices q
  WHERE q.product_id = p.product_id
  ORDER BY q.updated_at DESC, q.id DESC
  LIMIT 1
);
