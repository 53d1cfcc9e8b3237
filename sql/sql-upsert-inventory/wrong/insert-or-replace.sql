-- INSERT OR REPLACE deletes the existing row: the delivery replaces the stock instead of adding to it
INSERT OR REPLACE INTO inventory (sku, qty)
SELECT sku, SUM(qty) FROM incoming GROUP BY sku;
