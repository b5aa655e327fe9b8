// Inventory API: bearer-token middleware for the warehouse endpoints.
const express = require("express");
const { expressjwt } = require("express-jwt");
const passport = require("passport");
const { Strategy: JwtStrategy, ExtractJwt } = require("passport-jwt");
const session = require("express-session");

const app = express();

app.use(
  "/api",
  expressjwt({
    // expect: literal HMAC secret for express-jwt
    secret: "warehouse-api-secret",
    algorithms: ["HS256"],
  }),
);

app.use(
  "/partner",
  expressjwt({
    // ok: secret from the environment
    secret: process.env.PARTNER_JWT_SECRET,
    algorithms: ["HS256"],
  }),
);

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
// expect: passport-jwt README style assignment of a literal key
opts.secretOrKey = "secret";
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)));

passport.use(
  "scanner",
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromHeader("x-scanner-token"),
      // ok: key read from the environment
      secretOrKey: process.env.SCANNER_JWT_SECRET,
    },
    (payload, done) => done(null, payload),
  ),
);

app.use(session({
  // ok: session secret from the environment (and not a JWT sink)
  secret: process.env.SESSION_SECRET,
}));

module.exports = app;
