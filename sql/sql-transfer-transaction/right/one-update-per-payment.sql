-- One UPDATE moves the money of a payment on both rows at once (a single statement is atomic),
-- then the ledger row is added if it changed two rows.
BEGIN;
UPDATE accounts SET balance = balance + CASE id WHEN 1 THEN -100 ELSE 100 END
WHERE id IN (1, 2) AND (SELECT balance FROM accounts WHERE id = 1) >= 100;
INSERT INTO transfers (from_id, to_id, amount) SELECT 1, 2, 100 WHERE changes() = 2;

UPDATE accounts SET balance = balance + CASE id WHEN 1 THEN -50 ELSE 50 END
WHERE id IN (1, 3) AND (SELECT balance FROM accounts WHERE id = 1) >= 50;
INSERT INTO transfers (from_id, to_id, amount) SELECT 1, 3, 50 WHERE changes() = 2;
COMMIT;
