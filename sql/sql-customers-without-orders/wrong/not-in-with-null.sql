-- NOT IN over a list that contains NULL (guest orders): `id NOT IN (…, NULL)` is never true, so no row survives
SELECT id, name
FROM customers
WHERE id NOT IN (SELECT customer_id FROM orders);
