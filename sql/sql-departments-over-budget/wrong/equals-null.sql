-- `left_at = NULL` is never true (a comparison with NULL is unknown): no employee is kept, no department returned
SELECT d.name AS department, COUNT(*) AS headcount, SUM(e.salary) AS payroll
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
WHERE e.left_at = NULL
GROUP BY d.id, d.name, d.budget
HAVING SUM(e.salary) > d.budget;
