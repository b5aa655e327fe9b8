// Payroll API: middleware that attaches the current employee to the request.
const jwt = require("jsonwebtoken");
const { Employee } = require("../models");

function bearer(req) {
  const header = req.headers.authorization || "";
  return header.startsWith("Bearer ") ? header.slice(7) : null;
}

async function attachEmployee(req, res, next) {
  const token = bearer(req);
  if (!token) return res.status(401).json({ error: "missing token" });
  // expect: claims read without a signature check, token never verified in this file
  const claims = jwt.decode(token);
  req.employee = await Employee.findByPk(claims.employeeId);
  next();
}

function requirePayrollAdmin(req, res, next) {
  // expect: role taken from an unverified cookie token
  const { role } = jwt.decode(req.cookies.payroll_session) || {};
  if (role !== "payroll-admin") return res.sendStatus(403);
  next();
}

function tokenExpiresSoon(accessToken) {
  // ok: only the expiry is read, to decide whether to refresh
  return jwt.decode(accessToken).exp * 1000 - Date.now() < 60_000;
}

function auditActor(req) {
  // ok: the same token is verified below before the request is served
  const peek = jwt.decode(req.signedToken, { complete: true });
  const key = keyring[peek.header.kid];
  return jwt.verify(req.signedToken, key, { algorithms: ["RS256"] });
}

module.exports = { attachEmployee, requirePayrollAdmin, tokenExpiresSoon, auditActor };
