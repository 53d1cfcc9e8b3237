-- Frame ends at 1 PRECEDING: the balance before the transaction (NULL for the first one)
SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY created_at, id
                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
