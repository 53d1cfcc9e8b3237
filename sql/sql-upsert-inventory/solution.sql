INSERT INTO inventory (sku, qty)
SELECT sku, SUM(qty)
FROM incoming
GROUP BY sku
ON CONFLICT (sku) DO UPDATE SET qty = inventory.qty + excluded.qty;
