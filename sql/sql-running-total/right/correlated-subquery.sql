-- Before window functions: sum the earlier-or-same rows of the account, ties ordered by id.
SELECT t.id, t.account_id, t.created_at, t.amount,
       (SELECT SUM(p.amount)
          FROM transactions p
         WHERE p.account_id = t.account_id
           AND (p.created_at < t.created_at
                OR (p.created_at = t.created_at AND p.id <= t.id))) AS balance
FROM transactions t
ORDER BY t.account_id, t.created_at, t.id;
