-- The SUM subquery is not correlated with the row: every delivered sku gets the whole delivery added
UPDATE inventory
SET qty = qty + (SELECT SUM(qty) FROM incoming)
WHERE sku IN (SELECT sku FROM incoming);
INSERT INTO inventory (sku, qty)
SELECT sku, SUM(qty) FROM incoming
WHERE sku NOT IN (SELECT sku FROM inventory)
GROUP BY sku;
