-- The scalar subquery without SUM returns only one line of a sku listed twice
UPDATE inventory
SET qty = qty + (SELECT i.qty FROM incoming i WHERE i.sku = inventory.sku)
WHERE sku IN (SELECT sku FROM incoming);
INSERT INTO inventory (sku, qty)
SELECT sku, SUM(qty) FROM incoming
WHERE sku NOT IN (SELECT sku FROM inventory)
GROUP BY sku;
