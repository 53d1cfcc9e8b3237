-- A row is current when no row of the same product comes after it (later, or same time and bigger id).
SELECT p.product_id, p.id, p.price, p.updated_at
FROM prices p
WHERE NOT EXISTS (
  SELECT 1 FROM prices q
  WHERE q.product_id = p.product_id
    AND (q.updated_at > p.updated_at
         OR (q.updated_at = p.updated_at AND q.id > p.id))
);
