-- Aggregates current employees per department in a CTE, then compares with the budget in a plain WHERE
WITH current_payroll AS (
  SELECT department_id, COUNT(*) AS headcount, SUM(salary) AS payroll
  FROM employees
  WHERE left_at IS NULL
  GROUP BY department_id
)
SELECT d.name AS department, p.headcount, p.payroll
FROM departments AS d
JOIN current_payroll AS p ON p.department_id = d.id
WHERE p.payroll > d.budget;
