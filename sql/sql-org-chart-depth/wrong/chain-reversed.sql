-- Appends the new name in front: the chain reads from the employee up instead of from the top down
WITH RECURSIVE chart(id, name, depth, chain) AS (
  SELECT id, name, 0, name FROM employees WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.name, chart.depth + 1, e.name || ' > ' || chart.chain
  FROM employees e JOIN chart ON e.manager_id = chart.id
)
SELECT id, name, depth, chain FROM chart;
