-- Numbers each department's distinct salaries (ROW_NUMBER is safe once duplicates are gone), then joins back
WITH distinct_salaries AS (
  SELECT DISTINCT department_id, salary FROM employees
),
top_salaries AS (
  SELECT department_id, salary
  FROM (
    SELECT department_id, salary,
           ROW_NUMBER() OVER (PARTITION BY department_id ORDER BY salary DESC) AS rn
    FROM distinct_salaries
  )
  WHERE rn <= 3
)
SELECT d.name AS department, e.name AS employee, e.salary
FROM employees AS e
JOIN top_salaries AS t ON t.department_id = e.department_id AND t.salary = e.salary
JOIN departments AS d ON d.id = e.department_id;
