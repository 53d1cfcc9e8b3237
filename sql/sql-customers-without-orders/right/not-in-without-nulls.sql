-- NOT IN, with the guest orders' NULLs filtered out of the list first
SELECT id, name
FROM customers
WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL);
