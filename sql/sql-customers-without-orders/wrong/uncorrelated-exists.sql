-- Unqualified `id` inside the subquery resolves to orders.id, not customers.id: the subquery is not correlated with the customer
SELECT id, name
FROM customers
WHERE NOT EXISTS (SELECT 1 FROM orders WHERE customer_id = id);
