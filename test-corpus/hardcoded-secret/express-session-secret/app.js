const express = require("express");
const session = require("express-session");

const SESSION_SECRET = "s3cr3t-for-erp";
const app = express();

app.use(
  session({
    // expect: literal secret
    secret: "keyboard cat",
    resave: false,
    saveUninitialized: false,
  })
);

function adminApp() {
  const admin = express();
  admin.use(session({
    // expect: constant bound to a literal
    secret: SESSION_SECRET,
    resave: false,
  }));
  return admin;
}

app.use(session({
  // expect: env lookup with a literal fallback
  secret: process.env.SESSION_SECRET || "dev-only-secret",
}));

app.use(session({
  // ok: read from the environment without fallback
  secret: process.env.SESSION_SECRET,
}));

const config = loadConfig();
app.use(session({
  // ok: value from configuration
  secret: config.sessionSecret,
}));

module.exports = app;
