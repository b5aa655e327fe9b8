// Retirement-plan portal: environment configuration read by server.js.
module.exports = {
  port: process.env.PORT || 4000,
  db: process.env.MONGODB_URI || "mongodb://localhost:27017/plans",
  // expect: the session secret ships in the configuration module
  cookieSecret: "session_cookie_secret_key_here",
  // ok: read from the environment without fallback
  sessionSecret: process.env.SESSION_SECRET,
  // ok: a cookie name, not a secret
  sessionCookieName: "plans.sid",
};
