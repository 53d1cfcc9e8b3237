-- Anchors on every employee: each one appears again at depth 0 with a chain starting at themselves
WITH RECURSIVE chart(id, name, depth, chain) AS (
  SELECT id, name, 0, name FROM employees
  UNION ALL
  SELECT e.id, e.name, chart.depth + 1, chart.chain || ' > ' || e.name
  FROM employees e JOIN chart ON e.manager_id = chart.id
)
SELECT id, name, depth, chain FROM chart;
