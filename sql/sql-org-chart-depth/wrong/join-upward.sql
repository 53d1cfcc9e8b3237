-- Joins the wrong way (the found row's manager instead of its reports): nobody below the top is found
WITH RECURSIVE chart(id, name, manager_id, depth, chain) AS (
  SELECT id, name, manager_id, 0, name FROM employees WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.name, e.manager_id, chart.depth + 1, chart.chain || ' > ' || e.name
  FROM employees e JOIN chart ON e.id = chart.manager_id
)
SELECT id, name, depth, chain FROM chart;
