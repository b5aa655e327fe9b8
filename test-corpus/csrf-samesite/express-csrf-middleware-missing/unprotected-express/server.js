// Benefits enrolment portal (Express + sessions + server-rendered forms).
const express = require("express");
const session = require("express-session");
const passport = require("passport");
const routes = require("./routes");

const app = express();
app.use(express.urlencoded({ extended: false }));
// expect: session cookies, form routes (here and in routes.js), and no CSRF check anywhere in the project
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true },
}));
app.use(passport.initialize());
app.use(passport.session());

routes(app);

app.post("/enrolment/:planId", ensureLoggedIn, (req, res) => {
  enrol(req.user.id, req.params.planId, req.body.dependants);
  res.redirect("/enrolment");
});

module.exports = app;
