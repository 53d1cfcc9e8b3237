-- Decides both payments on the starting balance: B can still happen after A left too little
BEGIN;
INSERT INTO transfers (from_id, to_id, amount)
SELECT 1, 2, 100 FROM accounts WHERE id = 1 AND balance >= 100;
INSERT INTO transfers (from_id, to_id, amount)
SELECT 1, 3, 50 FROM accounts WHERE id = 1 AND balance >= 50;
UPDATE accounts SET balance = balance + 100
WHERE id = 2 AND (SELECT balance FROM accounts WHERE id = 1) >= 100;
UPDATE accounts SET balance = balance + 50
WHERE id = 3 AND (SELECT balance FROM accounts WHERE id = 1) >= 50;
UPDATE accounts
SET balance = balance - (CASE WHEN balance >= 100 THEN 100 ELSE 0 END)
                      - (CASE WHEN balance >= 50 THEN 50 ELSE 0 END)
WHERE id = 1;
COMMIT;
