-- Before upserts existed: update the existing skus, then insert the missing ones.
BEGIN;
UPDATE inventory
SET qty = qty + (SELECT SUM(i.qty) FROM incoming i WHERE i.sku = inventory.sku)
WHERE sku IN (SELECT sku FROM incoming);
INSERT INTO inventory (sku, qty)
SELECT sku, SUM(qty) FROM incoming
WHERE sku NOT IN (SELECT sku FROM inventory)
GROUP BY sku;
COMMIT;
