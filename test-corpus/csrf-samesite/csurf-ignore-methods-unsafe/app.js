// Leave-request portal (Express + csurf).
const express = require("express");
const csurf = require("csurf");

const app = express();
app.use(
  csurf({
    cookie: { httpOnly: true, secure: true },
    // expect: POST is skipped by the CSRF check
    ignoreMethods: ["GET", "HEAD", "OPTIONS", "POST"],
  }),
);

const api = express();
api.use(
  csurf({
    // ok: only safe methods are skipped
    ignoreMethods: ["GET", "HEAD", "OPTIONS"],
  }),
);

const legacy = express();
// expect: DELETE requests skip the check
legacy.use(csurf({ ignoreMethods: ["GET", "DELETE"] }));

const reports = express();
reports.use(
  csurf({
    // ok: an empty list keeps the default (GET, HEAD, OPTIONS are skipped)
    ignoreMethods: [],
  }),
);

module.exports = { app, api, legacy, reports };
