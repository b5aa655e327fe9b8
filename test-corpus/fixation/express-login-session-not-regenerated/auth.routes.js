const express = require("express");
const bcrypt = require("bcrypt");
const passport = require("passport");
const { startEmployeeSession, regenerateAsync } = require("./session-helpers");
const Employee = require("../models/employee");
const AuditLog = require("../models/audit-log");

const router = express.Router();

router.post("/login", async (req, res) => {
  const employee = await Employee.findOne({ email: req.body.email });
  if (!employee || !(await bcrypt.compare(req.body.password, employee.passwordHash))) {
    // ok: clearing the identity on a failed attempt is not a login
    req.session.employeeId = null;
    return res.status(401).render("login", { error: "Invalid credentials" });
  }
  // expect: identity written into the pre-login session id
  req.session.employeeId = employee.id;
  // expect: role written into the pre-login session id
  req.session["role"] = employee.role;
  // ok: not an identity key
  req.session.returnTo = req.query.next || "/dashboard";
  res.redirect("/dashboard");
});

router.post("/sso/callback", async (req, res) => {
  const profile = await sso.exchange(req.body.code);
  // expect: SSO callback logs the user in on the old id
  Object.assign(req.session, { employeeId: profile.employeeId, loggedIn: true });
  res.redirect("/");
});

router.post("/signin", (req, res, next) => {
  Employee.findByEmail(req.body.email).then((employee) => {
    req.session.regenerate((err) => {
      if (err) return next(err);
      // ok: written inside the regenerate callback
      req.session.employeeId = employee.id;
      res.redirect("/");
    });
  });
});

router.post("/admin/login", async (req, res) => {
  const admin = await Employee.authenticateAdmin(req.body.email, req.body.password);
  await regenerateAsync(req);
  // ok: regenerated through a helper in another file
  req.session.adminId = admin.id;
  res.redirect("/admin");
});

router.post("/kiosk/login", async (req, res) => {
  const employee = await Employee.findOne({ badge: req.body.badge });
  await rotateKioskSession(req);
  // ok: regenerated through a helper of this file
  req.session.employeeId = employee.id;
  res.redirect("/kiosk");
});

async function rotateKioskSession(req) {
  await new Promise((resolve) => req.session.regenerate(resolve));
}

router.post("/login/password", passport.authenticate("local", { failureRedirect: "/login" }), (req, res) => {
  // ok: passport >= 0.6 regenerated the session in req.login
  req.session.role = req.user.role;
  res.redirect("/");
});

router.get("/login-history", async (req, res) => {
  // ok: not a login handler despite the name
  req.session.auditUserId = req.query.employee;
  res.render("history", { entries: await AuditLog.forEmployee(req.query.employee) });
});

exports.signIn = async function (req, res) {
  const employee = await Employee.verify(req.body.email, req.body.password);
  // expect: named sign-in controller
  req.session.user = { id: employee.id, name: employee.name };
  res.json({ ok: true });
};

exports.handleLogin = async (req, res) => {
  const employee = await Employee.verify(req.body.email, req.body.password);
  // ok: session started by a helper (another file) that regenerates first
  await startEmployeeSession(req, employee);
  res.json({ ok: true });
};

exports.loginHistory = async (req, res) => {
  // ok: history page, not a login
  req.session.userFilter = req.query.user;
  res.json(await AuditLog.list());
};

exports.unlockPayslips = async (req, res) => {
  const employee = await Employee.findById(req.body.employeeId);
  if (await employee.validPassword(req.body.password)) {
    // expect: password check followed by an identity write
    req.session.verifiedEmployeeId = employee.id;
  }
  res.redirect("/payslips");
};

exports.localLogin = (req, res, next) => {
  const user = req.body.user;
  req.login(user, (err) => {
    if (err) return next(err);
    // ok: inside passport's req.login callback
    req.session.userId = user.id;
    res.redirect("/");
  });
};

module.exports = router;
