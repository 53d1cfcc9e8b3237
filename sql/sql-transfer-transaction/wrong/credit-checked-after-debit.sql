-- Checks the credit after the debit: the balance has already dropped, so the receiver may never be paid
BEGIN;
INSERT INTO transfers (from_id, to_id, amount)
SELECT 1, 2, 100 FROM accounts WHERE id = 1 AND balance >= 100;
UPDATE accounts SET balance = balance - 100 WHERE id = 1 AND balance >= 100;
UPDATE accounts SET balance = balance + 100
WHERE id = 2 AND (SELECT balance FROM accounts WHERE id = 1) >= 100;

INSERT INTO transfers (from_id, to_id, amount)
SELECT 1, 3, 50 FROM accounts WHERE id = 1 AND balance >= 50;
UPDATE accounts SET balance = balance - 50 WHERE id = 1 AND balance >= 50;
UPDATE accounts SET balance = balance + 50
WHERE id = 3 AND (SELECT balance FROM accounts WHERE id = 1) >= 50;
COMMIT;
