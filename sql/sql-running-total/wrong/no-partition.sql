-- Forgets PARTITION BY: one running total over all accounts together
SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (ORDER BY created_at, id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
