-- The "current employee" test is in HAVING: there it reads left_at from one arbitrary row of the group, and the sums still include former employees
SELECT d.name AS department, COUNT(*) AS headcount, SUM(e.salary) AS payroll
FROM departments AS d
JOIN employees AS e ON e.department_id = d.id
GROUP BY d.id, d.name, d.budget
HAVING e.left_at IS NULL AND SUM(e.salary) > d.budget;
