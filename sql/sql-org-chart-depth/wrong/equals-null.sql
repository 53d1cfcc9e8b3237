-- Anchors on manager_id = NULL, which is never true: the result is empty
WITH RECURSIVE chart(id, name, depth, chain) AS (
  SELECT id, name, 0, name FROM employees WHERE manager_id = NULL
  UNION ALL
  SELECT e.id, e.name, chart.depth + 1, chart.chain || ' > ' || e.name
  FROM employees e JOIN chart ON e.manager_id = chart.id
)
SELECT id, name, depth, chain FROM chart;
