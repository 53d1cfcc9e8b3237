-- Inserts new skus line by line with INSERT OR IGNORE: a new sku's second line is ignored
UPDATE inventory
SET qty = qty + (SELECT SUM(i.qty) FROM incoming i WHERE i.sku = inventory.sku)
WHERE sku IN (SELECT sku FROM incoming);
INSERT OR IGNORE INTO inventory (sku, qty)
SELECT sku, qty FROM incoming;
