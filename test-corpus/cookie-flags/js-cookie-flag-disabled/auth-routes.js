// Payroll portal (Express): login, logout and remember-me.
const express = require("express");
const jwt = require("jsonwebtoken");
const session = require("express-session");

const router = express.Router();
const isProduction = process.env.NODE_ENV === "production";

router.post("/login", async (req, res) => {
  const employee = await authenticate(req.body.email, req.body.password);
  const token = jwt.sign({ sub: employee.id }, process.env.JWT_SECRET, { expiresIn: "1h" });
  // expect: the access token is readable by page scripts
  res.cookie("access_token", token, { httpOnly: false, secure: true, sameSite: "lax" });
  res.cookie("remember_me", employee.rememberToken, {
    httpOnly: true,
    // expect: remember-me token sent over plain HTTP
    secure: false,
    maxAge: 30 * 24 * 3600 * 1000,
  });
  // ok: CSRF double-submit token, meant to be read by the front end
  res.cookie("XSRF-TOKEN", req.csrfToken(), { httpOnly: false, secure: true });
  // ok: a UI preference, not a credential
  res.cookie("theme", req.body.theme || "light", { httpOnly: false });
  // ok: secure decided at run time
  res.cookie("refresh_token", employee.refreshToken, { httpOnly: true, secure: isProduction });
  res.redirect("/dashboard");
});

router.post("/logout", (req, res) => {
  // ok: deletion cookie (expired), nothing to protect
  res.cookie("access_token", "", { httpOnly: false, expires: new Date(0) });
  // ok: deletion cookie (max age 0)
  res.cookie("remember_me", "gone", { secure: false, maxAge: 0 });
  res.redirect("/login");
});

const kioskSession = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // expect: the session cookie itself is readable by scripts
  cookie: { httpOnly: false, secure: true },
});

const authCookieOptions = {
  // expect: shared options object used for the session cookie below
  httpOnly: false,
  sameSite: "strict",
};

router.get("/sso/callback", async (req, res) => {
  const sid = await exchangeCode(req.query.code);
  res.cookie("sid", sid, authCookieOptions);
  res.redirect("/");
});

module.exports = { router, kioskSession };
