// Claims portal: every cookie written through res.cookie gets the secure defaults.
const express = require("express");

const app = express();
app.use((req, res, next) => {
  const original = res.cookie.bind(res);
  res.cookie = (name, value, options = {}) =>
    original(name, value, { httpOnly: true, secure: true, sameSite: "lax", ...options });
  next();
});

app.post("/login", async (req, res) => {
  // ok: the wrapper above forces httpOnly on every cookie of this app
  res.cookie("claims_session", await openSession(req.body));
  res.redirect("/claims");
});

module.exports = app;
