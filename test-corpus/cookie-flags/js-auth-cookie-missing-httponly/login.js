// Timesheet API (Express): sign-in and token refresh.
const express = require("express");
const jwt = require("jsonwebtoken");

const router = express.Router();
const cookieDefaults = { httpOnly: true, secure: true, sameSite: "strict" };

router.post("/login", async (req, res) => {
  const user = await checkPassword(req.body.email, req.body.password);
  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: "15m" });
  // expect: Express default is not HttpOnly
  res.cookie("token", token);
  // expect: options without httpOnly
  res.cookie("refresh_token", user.refreshToken, { secure: true, sameSite: "strict", path: "/auth/refresh" });
  // ok: options from a shared defaults object (may set httpOnly)
  res.cookie("session", user.sessionId, cookieDefaults);
  // ok: spread of defaults
  res.cookie("sid", user.sessionId, { ...cookieDefaults, maxAge: 3600000 });
  // ok: not a credential
  res.cookie("timezone", req.body.timezone);
  // ok: a UI flag telling the front end that someone is signed in, not the credential itself
  res.cookie("authenticated", "true", { secure: true });
  // ok: when the token expires (the front end schedules a refresh), not the token
  res.cookie("token_expires_at", String(Date.now() + 15 * 60 * 1000), { secure: true });
  res.json({ ok: true });
});

router.post("/logout", (req, res) => {
  // ok: deletion cookie
  res.cookie("token", "", { expires: new Date(0) });
  // ok: deletion by max age
  res.cookie("refresh_token", "deleted", { maxAge: 0 });
  res.sendStatus(204);
});

module.exports = router;
