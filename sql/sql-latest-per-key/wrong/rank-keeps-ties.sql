-- RANK() instead of ROW_NUMBER(), ordered by updated_at only: every tied row gets rank 1
WITH ranked AS (
  SELECT product_id, id, price, updated_at,
         RANK() OVER (PARTITION BY product_id ORDER BY updated_at DESC) AS rk
  FROM prices
)
SELECT product_id, id, price, updated_at FROM ranked WHERE rk = 1;
