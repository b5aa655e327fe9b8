// Shared helpers for the HR portal's session handling.
function regenerateAsync(req) {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => (err ? reject(err) : resolve()));
  });
}

async function startEmployeeSession(req, employee) {
  await regenerateAsync(req);
  req.session.employeeId = employee.id;
  req.session.role = employee.role;
}

module.exports = { regenerateAsync, startEmployeeSession };
