-- Debit first, guarded by the balance, then let changes() (rows changed by the previous
-- statement) say whether the payment happened.
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = 1 AND balance >= 100;
UPDATE accounts SET balance = balance + 100 WHERE id = 2 AND changes() = 1;
INSERT INTO transfers (from_id, to_id, amount) SELECT 1, 2, 100 WHERE changes() = 1;

UPDATE accounts SET balance = balance - 50 WHERE id = 1 AND balance >= 50;
UPDATE accounts SET balance = balance + 50 WHERE id = 3 AND changes() = 1;
INSERT INTO transfers (from_id, to_id, amount) SELECT 1, 3, 50 WHERE changes() = 1;
COMMIT;
