-- A threshold per department: the lowest of its top three distinct salaries (the smallest one when there are fewer)
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees AS e
JOIN departments AS d ON d.id = e.department_id
WHERE e.salary >= (
  SELECT MIN(salary)
  FROM (
    SELECT DISTINCT e2.salary
    FROM employees AS e2
    WHERE e2.department_id = e.department_id
    ORDER BY e2.salary DESC
    LIMIT 3
  )
);
