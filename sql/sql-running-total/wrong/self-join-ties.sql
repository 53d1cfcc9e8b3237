-- Correlated subquery with created_at <= only: a transaction counts its same-time successors too
SELECT t.id, t.account_id, t.created_at, t.amount,
       (SELECT SUM(p.amount)
          FROM transactions p
         WHERE p.account_id = t.account_id
           AND p.created_at <= t.created_at) AS balance
FROM transactions t
ORDER BY t.account_id, t.created_at, t.id;
