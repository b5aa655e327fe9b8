// Read-only reporting service: sessions, but no state-changing routes in this app.
const express = require("express");
const cookieSession = require("cookie-session");

const app = express();
// ok: only GET routes are registered here
app.use(cookieSession({ name: "reports", keys: process.env.COOKIE_KEYS.split(",") }));

app.get("/reports/:id", requireLogin, showReport);
app.get("/reports", requireLogin, listReports);

module.exports = app;
