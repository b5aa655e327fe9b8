// Inventory API: stateless bearer tokens, no cookie session, so no CSRF token is needed.
const express = require("express");
const { expressjwt } = require("express-jwt");

const app = express();
// ok: bearer-token authentication, no session middleware is installed
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ["HS256"], getToken: (req) => req.headers.authorization?.slice(7) }));

app.post("/stock/adjust", adjustStock);

module.exports = app;
