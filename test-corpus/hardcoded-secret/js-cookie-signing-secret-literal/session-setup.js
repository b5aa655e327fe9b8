// Canteen ordering app: the session secret constant is reported by the express-session rule.
const session = require("express-session");

// ok: used as the express-session secret below, where hardcoded-secret/express-session-secret reports it
const sessionSecret = "canteen-orders-2020";

module.exports = (app) => {
  app.use(session({ secret: sessionSecret, resave: false, saveUninitialized: false }));
};
