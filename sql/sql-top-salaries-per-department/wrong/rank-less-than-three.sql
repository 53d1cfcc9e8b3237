-- Off by one: `< 3` keeps only the two highest distinct salaries
SELECT department, employee, salary
FROM (
  SELECT d.name AS department, e.name AS employee, e.salary,
         DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank
  FROM employees AS e
  JOIN departments AS d ON d.id = e.department_id
)
WHERE salary_rank < 3;
