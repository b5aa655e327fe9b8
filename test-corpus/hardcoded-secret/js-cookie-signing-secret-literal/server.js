// Employee self-service portal (Express).
const express = require("express");
const cookieParser = require("cookie-parser");
const { doubleCsrf } = require("csrf-csrf");

const app = express();

// expect: literal cookie-parser secret
app.use(cookieParser("kekse"));

const admin = express();
// ok: secret from the environment
admin.use(cookieParser(process.env.COOKIE_SECRET));

// expect: CSRF secret returned by a literal getter
const { doubleCsrfProtection } = doubleCsrf({ getSecret: () => "portal-csrf-secret" });
app.use(doubleCsrfProtection);

const partner = doubleCsrf({
  // ok: per-session secret from the environment
  getSecret: (req) => process.env.CSRF_SECRET,
});

const reports = express();
// ok: cookie-parser without a secret (no signed cookies)
reports.use(cookieParser());

module.exports = { app, admin, partner, reports };
