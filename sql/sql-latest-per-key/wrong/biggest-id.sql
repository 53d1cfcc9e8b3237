-- Takes the biggest id as the latest row, but ids do not follow updated_at
SELECT p.product_id, p.id, p.price, p.updated_at
FROM prices p
WHERE p.id = (SELECT MAX(q.id) FROM prices q WHERE q.product_id = p.product_id);
