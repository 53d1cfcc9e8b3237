-- One self-join only: sees the direct manager, not the managers above them
SELECT e.id, e.name,
       CASE WHEN m.id IS NULL THEN 0 ELSE 1 END AS depth,
       CASE WHEN m.id IS NULL THEN e.name ELSE m.name || ' > ' || e.name END AS chain
FROM employees e
LEFT JOIN employees m ON m.id = e.manager_id;
