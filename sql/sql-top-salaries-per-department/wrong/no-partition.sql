-- No PARTITION BY: ranks salaries across the whole company, so only departments holding the company's top three salaries appear
SELECT department, employee, salary
FROM (
  SELECT d.name AS department, e.name AS employee, e.salary,
         DENSE_RANK() OVER (ORDER BY e.salary DESC) AS salary_rank
  FROM employees AS e
  JOIN departments AS d ON d.id = e.department_id
)
WHERE salary_rank <= 3;
