BEGIN;

-- Payment A: 100 from account 1 to account 2. The ledger row and the credit are decided while
-- account 1 still holds its balance before the payment; the debit comes last.
INSERT INTO transfers (from_id, to_id, amount)
SELECT 1, 2, 100 FROM accounts WHERE id = 1 AND balance >= 100;

UPDATE accounts SET balance = balance + 100
WHERE id = 2 AND (SELECT balance FROM accounts WHERE id = 1) >= 100;

UPDATE accounts SET balance = balance - 100
WHERE id = 1 AND balance >= 100;

-- Payment B: 50 from account 1 to account 3, on what is left after A.
INSERT INTO transfers (from_id, to_id, amount)
SELECT 1, 3, 50 FROM accounts WHERE id = 1 AND balance >= 50;

UPDATE accounts SET balance = balance + 50
WHERE id = 3 AND (SELECT balance FROM accounts WHERE id = 1) >= 50;

UPDATE accounts SET balance = balance - 50
WHERE id = 1 AND balance >= 50;

COMMIT;
