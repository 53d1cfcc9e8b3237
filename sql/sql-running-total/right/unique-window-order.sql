-- With a unique window order (created_at, id) the default RANGE frame has no peers, so it is
-- the same as ROWS.
SELECT id, account_id, created_at, amount,
       SUM(amount) OVER (PARTITION BY account_id ORDER BY created_at, id) AS balance
FROM transactions
ORDER BY account_id, created_at, id;
