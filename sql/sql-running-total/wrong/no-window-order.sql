-- No ORDER BY in the window: every row gets the account's final total
SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (PARTITION BY account_id) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
