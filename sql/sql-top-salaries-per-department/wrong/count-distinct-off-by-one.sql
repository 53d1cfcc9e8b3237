-- Off by one: "at most 3 distinct salaries above me" keeps the top four distinct salaries, not three
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
WHERE (
  SELECT COUNT(DISTINCT e2.salary)
  FROM employees AS e2
  WHERE e2.department_id = e.department_id AND e2.salary > e.salary
) <= 3;
