-- `>=` instead of `>`: a department exactly at its budget is reported as over it
SELECT d.name AS department, COUNT(*) AS headcount, SUM(e.salary) AS payroll
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
WHERE e.left_at IS NULL
GROUP BY d.id, d.name, d.budget
HAVING SUM(e.salary) >= d.budget;
