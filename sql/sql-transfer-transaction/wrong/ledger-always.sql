-- Guards the balances but inserts the ledger rows unconditionally: a payment that did not happen is recorded
BEGIN;
UPDATE accounts SET balance = balance + 100
WHERE id = 2 AND (SELECT balance FROM accounts WHERE id = 1) >= 100;
UPDATE accounts SET balance = balance - 100 WHERE id = 1 AND balance >= 100;
INSERT INTO transfers (from_id, to_id, amount) VALUES (1, 2, 100);

UPDATE accounts SET balance = balance + 50
WHERE id = 3 AND (SELECT balance FROM accounts WHERE id = 1) >= 50;
UPDATE accounts SET balance = balance - 50 WHERE id = 1 AND balance >= 50;
INSERT INTO transfers (from_id, to_id, amount) VALUES (1, 3, 50);
COMMIT;
