-- Orders the window by id, assuming ids follow time (they do not)
SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY id) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
