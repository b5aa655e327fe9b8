// Benefits portal (Express).
const express = require("express");
const router = express.Router();

router.post("/login", async (req, res) => {
  const { sessionId, rememberToken } = await signIn(req.body);
  // expect: Express default sends the cookie over HTTP as well
  res.cookie("connect.sid", sessionId, { httpOnly: true });
  // expect: no options at all
  res.cookie("remember_token", rememberToken);
  // ok: secure decided at run time
  res.cookie("session_id", sessionId, { httpOnly: true, secure: req.secure });
  // ok: a preference cookie
  res.cookie("lang", req.body.lang, { httpOnly: true });
  res.redirect("/");
});

router.post("/logout", (req, res) => {
  // ok: deletion cookie
  res.cookie("connect.sid", "", { httpOnly: true, maxAge: -1 });
  res.redirect("/login");
});

module.exports = router;
