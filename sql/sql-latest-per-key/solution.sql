WITH ranked AS (
  SELECT product_id, id, price, updated_at,
         ROW_NUMBER() OVER (
           PARTITION BY product_id
           ORDER BY updated_at DESC, id DESC
         ) AS rn
  FROM prices
)
SELECT product_id, id, price, updated_at
FROM ranked
WHERE rn = 1;
