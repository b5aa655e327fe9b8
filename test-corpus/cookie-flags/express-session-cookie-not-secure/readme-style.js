// Vendor portal: the express-session README production toggle.
const express = require("express");
const session = require("express-session");

const app = express();
// ok: cookie.secure is switched on for production below
const sess = {
  secret: process.env.SESSION_SECRET,
  cookie: {},
};

if (app.get("env") === "production") {
  app.set("trust proxy", 1);
  sess.cookie.secure = true;
}

app.use(session(sess));

module.exports = app;
