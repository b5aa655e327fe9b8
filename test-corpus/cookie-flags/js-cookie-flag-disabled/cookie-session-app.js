// Kiosk check-in app (Express + cookie-session).
const cookieSession = require("cookie-session");
const { doubleCsrf } = require("csrf-csrf");

module.exports = function configure(app) {
  app.use(
    cookieSession({
      name: "kiosk",
      keys: process.env.COOKIE_KEYS.split(","),
      // expect: cookie-session options are flat: the whole session becomes readable
      httpOnly: false,
    }),
  );

  const { doubleCsrfProtection } = doubleCsrf({
    getSecret: () => process.env.CSRF_SECRET,
    // ok: a CSRF cookie's options, not the session cookie
    cookieOptions: { httpOnly: false, secure: true },
  });
  app.use(doubleCsrfProtection);
};
