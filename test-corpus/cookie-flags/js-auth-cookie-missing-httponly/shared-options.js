// Travel expenses: one options object for the auth cookie.
const express = require("express");

const router = express.Router();
const authCookieOptions = { secure: true, sameSite: "lax", maxAge: 15 * 60 * 1000 };

router.post("/login", async (req, res) => {
  const token = await signIn(req.body);
  // todo-expect: the same-file options object has no httpOnly (options held in variables are not followed yet)
  res.cookie("auth_token", token, authCookieOptions);
  res.sendStatus(204);
});

module.exports = router;
