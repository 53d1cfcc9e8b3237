-- DO UPDATE SET qty = excluded.qty overwrites the stock with the delivered quantity
INSERT INTO inventory (sku, qty)
SELECT sku, SUM(qty) FROM incoming GROUP BY sku
ON CONFLICT (sku) DO UPDATE SET qty = excluded.qty;
