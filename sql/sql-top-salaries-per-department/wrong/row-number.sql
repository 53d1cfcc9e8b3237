-- ROW_NUMBER gives tied salaries different numbers, so it keeps exactly three people per department and drops ties
SELECT department, employee, salary
FROM (
  SELECT d.name AS department, e.name AS employee, e.salary,
         ROW_NUMBER() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS rn
  FROM employees AS e
  JOIN departments AS d ON d.id = e.department_id
)
WHERE rn <= 3;
