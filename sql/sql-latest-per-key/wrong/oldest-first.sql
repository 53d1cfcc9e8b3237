-- Forgets DESC: number 1 is the oldest row, not the latest
WITH ranked AS (
  SELECT product_id, id, price, updated_at,
         ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY updated_at, id) AS rn
  FROM prices
)
SELECT product_id, id, price, updated_at FROM ranked WHERE rn = 1;
