-- Without GROUP BY, the rows are inserted one by one: a sku's second line conflicts with the
-- row its first line just created or updated, and DO UPDATE adds again. (WHERE true is the
-- parser workaround.)
INSERT INTO inventory (sku, qty)
SELECT sku, qty FROM incoming WHERE true
ON CONFLICT (sku) DO UPDATE SET qty = qty + excluded.qty;
