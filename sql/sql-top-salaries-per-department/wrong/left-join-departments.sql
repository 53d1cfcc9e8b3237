-- LEFT JOIN from departments: a department with no employees comes back as a row with a NULL employee and salary
SELECT department, employee, salary
FROM (
  SELECT d.name AS department, e.name AS employee, e.salary,
         DENSE_RANK() OVER (PARTITION BY d.id ORDER BY e.salary DESC) AS salary_rank
  FROM departments AS d
  LEFT JOIN employees AS e ON e.department_id = d.id
)
WHERE salary_rank <= 3;
