-- Moves the money without checking the balance: account 1 can go negative
BEGIN;
UPDATE accounts SET balance = balance - 100 WHERE id = 1;
UPDATE accounts SET balance = balance + 100 WHERE id = 2;
INSERT INTO transfers (from_id, to_id, amount) VALUES (1, 2, 100);
UPDATE accounts SET balance = balance - 50 WHERE id = 1;
UPDATE accounts SET balance = balance + 50 WHERE id = 3;
INSERT INTO transfers (from_id, to_id, amount) VALUES (1, 3, 50);
COMMIT;
