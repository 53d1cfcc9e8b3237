-- UNION instead of UNION ALL: in a tree no row repeats, so both give the same rows.
WITH RECURSIVE chart(id, name, depth, chain) AS (
  SELECT id, name, 0, name FROM employees WHERE manager_id IS NULL
  UNION
  SELECT e.id, e.name, chart.depth + 1, chart.chain || ' > ' || e.name
  FROM chart JOIN employees e ON e.manager_id = chart.id
)
SELECT id, name, depth, chain FROM chart;
