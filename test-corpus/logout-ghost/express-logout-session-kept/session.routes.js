const express = require("express");
const { endEmployeeSession } = require("./session-store");
const RefreshToken = require("../models/refresh-token");

const router = express.Router();

router.post("/logout", (req, res) => {
  // expect: only the identity key is removed; the session record stays in the store
  delete req.session.employeeId;
  // expect: only the cookie is cleared
  res.clearCookie("connect.sid");
  res.redirect("/login");
});

router.get("/signout", (req, res) => {
  // expect: nulling the user keeps the authenticated session id alive
  req.session.user = null;
  res.redirect("/");
});

router.post("/logout/full", (req, res, next) => {
  req.session.destroy((err) => {
    if (err) return next(err);
    // ok: cleared inside the destroy callback
    res.clearCookie("connect.sid");
    res.redirect("/login");
  });
});

router.post("/kiosk/logout", async (req, res) => {
  await endKioskVisit(req);
  // ok: a helper of this file destroys the session
  res.clearCookie("kiosk.sid");
  res.redirect("/kiosk");
});

function endKioskVisit(req) {
  return new Promise((resolve) => req.session.destroy(resolve));
}

router.post("/payroll/logout", async (req, res) => {
  await endEmployeeSession(req);
  // ok: a helper in another file destroys the session
  res.clearCookie("payroll.sid");
  res.redirect("/login");
});

router.post("/api/auth/logout", async (req, res) => {
  await RefreshToken.deleteOne({ token: req.cookies.refreshToken });
  // ok: the refresh token is deleted from its store first
  res.clearCookie("refreshToken", { path: "/api/auth" });
  res.sendStatus(204);
});

router.post("/api/auth/sign-out", (req, res) => {
  // expect: refresh-token cookie cleared, token left alive in the database
  res.cookie("refreshToken", "", { httpOnly: true, maxAge: 0 });
  res.sendStatus(204);
});

router.post("/sso/logout", (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    // ok: passport's req.logout ends the login session
    res.clearCookie("sso.sid");
    res.redirect("/");
  });
});

router.get("/reports/logout-all-devices-report", async (req, res) => {
  // ok: a report page, not a logout
  res.clearCookie("report.filter");
  res.json(await SessionAudit.summary());
});

exports.logoutUser = async (req, res) => {
  const user = await User.findById(req.user.id);
  user.refreshTokens = user.refreshTokens.filter((t) => t !== req.cookies.rt);
  await user.save();
  // ok: the presented refresh token is removed from the user record
  res.clearCookie("rt");
  res.json({ ok: true });
};

exports.logoutReport = async (req, res) => {
  // ok: not a logout handler
  res.clearCookie("report.range");
  res.json(await SessionAudit.logouts());
};

module.exports = router;
