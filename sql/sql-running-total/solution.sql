SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (
         PARTITION BY account_id
         ORDER BY created_at, id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
