const express = require("express");
const session = require("express-session");
const cookieSession = require("cookie-session");

// expect: constant bound to a literal, used by the admin app's session below
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
    // ok: the finding points at the constant above, the line to change
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

// The express-session README style: an options object, then app.use(session(sess)).
const sess = {
  // expect: literal secret in the options object handed to session()
  secret: "payroll-portal-2019",
  cookie: {},
};
app.use(session(sess));

const cacheOptions = {
  // ok: an options object that never reaches a session middleware
  secret: "not-a-session-secret",
};
app.use(require("./cache")(cacheOptions));

// cookie-session keeps the whole session in the cookie: its keys are the only protection.
app.use(cookieSession({
  name: "kiosk",
  // expect: literal key list
  keys: ["kiosk-key-1", "kiosk-key-2"],
}));

app.use(cookieSession({
  name: "portal",
  // ok: keys from the environment
  keys: process.env.COOKIE_KEYS.split(","),
}));

app.use(require("express-session")({
  // expect: inline require of express-session
  secret: `timesheets`,
}));

module.exports = app;
