// Client-side cookie session: there is no session id to fix.
const express = require("express");
const cookieSession = require("cookie-session");

const app = express();
app.use(cookieSession({ name: "inv", keys: [process.env.COOKIE_KEY], maxAge: 8 * 60 * 60 * 1000 }));

app.post("/login", async (req, res) => {
  const clerk = await Clerk.check(req.body.username, req.body.password);
  // ok: cookie-session keeps the data in the signed cookie
  req.session.clerkId = clerk.id;
  res.redirect("/stock");
});

app.post("/auth/signin", async (req, res) => {
  const clerk = await Clerk.check(req.body.username, req.body.password);
  // ok: cookie-session again
  req.session.userId = clerk.id;
  res.redirect("/stock");
});
