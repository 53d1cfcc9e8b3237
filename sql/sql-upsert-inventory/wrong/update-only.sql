-- Only an UPDATE: skus that were not in inventory yet are never inserted
UPDATE inventory
SET qty = qty + (SELECT SUM(i.qty) FROM incoming i WHERE i.sku = inventory.sku)
WHERE sku IN (SELECT sku FROM incoming);
