-- Orders the window by created_at only: the default RANGE frame gives equal timestamps the same total
SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY created_at) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
