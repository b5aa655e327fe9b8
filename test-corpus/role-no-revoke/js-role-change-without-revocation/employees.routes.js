const express = require("express");
const Employee = require("../models/employee");
const RefreshToken = require("../models/refresh-token");
const { requireAdmin } = require("../middleware/auth");
const { forceReauthentication } = require("./session-revocation");

const router = express.Router();

router.patch("/admin/employees/:id/role", requireAdmin, async (req, res) => {
  // expect: role changed, existing sessions and JWTs keep the old role
  await Employee.updateOne({ _id: req.params.id }, { $set: { role: req.body.role } });
  res.sendStatus(204);
});

router.post("/admin/employees/:id/deactivate", requireAdmin, async (req, res) => {
  // expect: deactivated employee keeps working with the sessions already issued
  await Employee.findByIdAndUpdate(req.params.id, { isActive: false });
  res.sendStatus(204);
});

router.patch("/admin/employees/:id/permissions", requireAdmin, async (req, res) => {
  // ok: tokenVersion bumped in the same update
  await Employee.updateOne({ _id: req.params.id }, { $set: { permissions: req.body.permissions }, $inc: { tokenVersion: 1 } });
  res.sendStatus(204);
});

router.patch("/admin/employees/:id/admin", requireAdmin, async (req, res) => {
  // ok: refresh tokens deleted after the change
  await Employee.findByIdAndUpdate(req.params.id, { isAdmin: req.body.isAdmin });
  await RefreshToken.deleteMany({ employee: req.params.id });
  res.sendStatus(204);
});

router.post("/admin/employees/:id/suspend", requireAdmin, async (req, res) => {
  // ok: a helper in another file revokes the employee's sessions
  await Employee.updateOne({ _id: req.params.id }, { suspended: true });
  await forceReauthentication(req.params.id);
  res.sendStatus(204);
});

router.post("/admin/employees/:id/lock", requireAdmin, async (req, res) => {
  // ok: a helper in this file revokes
  await Employee.updateOne({ _id: req.params.id }, { locked: true });
  await dropEmployeeTokens(req.params.id);
  res.sendStatus(204);
});

async function dropEmployeeTokens(employeeId) {
  await RefreshToken.deleteMany({ employee: employeeId });
}

router.post("/register", async (req, res) => {
  const employee = await Employee.create({ email: req.body.email, role: "employee" });
  // ok: registration, the account has no sessions yet
  await Employee.updateOne({ _id: employee.id }, { role: "employee" });
  res.status(201).json({ id: employee.id });
});

router.patch("/employees/:id/preferences", async (req, res) => {
  // ok: not a privilege field
  await Employee.updateOne({ _id: req.params.id }, { $set: { theme: req.body.theme, isActive: true } });
  res.sendStatus(204);
});

module.exports = router;
