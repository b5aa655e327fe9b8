// Session helpers used by the payroll routes.
function destroyAsync(req) {
  return new Promise((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
}

async function endEmployeeSession(req) {
  await audit.record("logout", req.session.employeeId);
  await destroyAsync(req);
}

module.exports = { endEmployeeSession };
