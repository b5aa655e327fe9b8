// Partner widget backend (Express): the widget is embedded on partner sites.
const express = require("express");
const session = require("express-session");

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // expect: session cookie sent on cross-site requests, no CSRF check in this app
    cookie: { secure: true, sameSite: "none" },
  }),
);

app.post("/widget/login", async (req, res) => {
  const token = await loginPartnerUser(req.body);
  // expect: sameSite false leaves the attribute out
  res.cookie("widget_token", token, { httpOnly: true, secure: true, sameSite: false });
  // ok: a preference cookie
  res.cookie("widget_theme", req.body.theme, { sameSite: "none", secure: true });
  // ok: lax session cookie
  res.cookie("widget_session", req.sessionID, { httpOnly: true, secure: true, sameSite: "lax" });
  res.sendStatus(204);
});

app.post("/widget/logout", (req, res) => {
  // ok: deletion cookie
  res.cookie("widget_token", "", { sameSite: "none", secure: true, maxAge: 0 });
  res.sendStatus(204);
});

module.exports = app;
