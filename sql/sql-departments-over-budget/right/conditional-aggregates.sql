-- No WHERE: aggregate FILTER clauses look only at current employees
SELECT d.name AS department,
       COUNT(*) FILTER (WHERE e.left_at IS NULL) AS headcount,
       SUM(e.salary) FILTER (WHERE e.left_at IS NULL) AS payroll
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name, d.budget
HAVING SUM(e.salary) FILTER (WHERE e.left_at IS NULL) > d.budget;
