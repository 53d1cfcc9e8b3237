-- COUNT(left_at IS NULL) counts the 0s as well as the 1s (COUNT skips only NULL), so the headcount includes former employees
SELECT d.name AS department,
       COUNT(e.left_at IS NULL) AS headcount,
       SUM(CASE WHEN e.left_at IS NULL THEN e.salary ELSE 0 END) AS payroll
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name, d.budget
HAVING payroll > d.budget;
