-- Start from every employee and climb: prepend each manager's name until there is no manager.
WITH RECURSIVE up(id, name, next_manager, depth, chain) AS (
  SELECT id, name, manager_id, 0, name FROM employees
  UNION ALL
  SELECT up.id, up.name, m.manager_id, up.depth + 1, m.name || ' > ' || up.chain
  FROM up
  JOIN employees m ON m.id = up.next_manager
)
SELECT id, name, depth, chain FROM up WHERE next_manager IS NULL;
