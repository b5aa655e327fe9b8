// Payments widget backend: cross-site cookie, protected by a CSRF token check.
const express = require("express");
const { doubleCsrf } = require("csrf-csrf");

const app = express();
const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => process.env.CSRF_SECRET });
app.use(doubleCsrfProtection);

app.post("/pay/login", async (req, res) => {
  // ok: SameSite=None is needed for the embed, and every POST carries a CSRF token
  res.cookie("pay_session", await openSession(req.body), { httpOnly: true, secure: true, sameSite: "none" });
  res.sendStatus(204);
});

module.exports = app;
