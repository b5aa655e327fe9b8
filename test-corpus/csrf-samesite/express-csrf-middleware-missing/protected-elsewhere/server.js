// Payroll admin (Express): the session is installed here, CSRF is checked per route in routes.js.
const express = require("express");
const session = require("express-session");
const payrollRoutes = require("./routes");

const app = express();

// ok: the project checks a CSRF token on every state-changing route (routes.js)
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true },
}));
app.use("/payroll", payrollRoutes);

module.exports = app;
