// Procurement portal (Express).
const express = require("express");
const session = require("express-session");
const RedisStore = require("connect-redis").default;

const app = express();

app.use(
  // expect: no secure setting anywhere
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, maxAge: 8 * 60 * 60 * 1000 },
  }),
);

const admin = express();
admin.set("trust proxy", 1);
admin.use(
  // ok: secure "auto" behind a trusted proxy
  session({
    secret: process.env.ADMIN_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: "auto", httpOnly: true },
  }),
);

const reports = express();
reports.use(
  // ok: cookie options built elsewhere
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: buildCookieOptions(process.env),
  }),
);

// expect: options object without secure, passed to session() below
const kioskOptions = {
  secret: process.env.KIOSK_SECRET,
  resave: false,
  saveUninitialized: true,
};
app.use("/kiosk", session(kioskOptions));

// ok: a different options object that never reaches session()
const cacheOptions = { store: "memory", resave: false };

module.exports = { app, admin, reports, cacheOptions };
