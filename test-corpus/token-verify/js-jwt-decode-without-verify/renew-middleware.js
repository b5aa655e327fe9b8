// Knowledge base: authenticate with passport-jwt, renew tokens that are about to expire.
const jwt = require("jsonwebtoken");
const passport = require("passport");

function authenticate(req, res, next) {
  passport.authenticate("jwt", { session: false }, async (err, user, info) => {
    if (err) return next();
    const expired = info && info.name === "TokenExpiredError";
    if (user || expired) {
      // ok: passport-jwt verified the signature of this token just above
      const payload = jwt.decode(extractToken(req));
      const renewed = await renewToken(payload.id);
      res.cookie("jwt", renewed.token, { httpOnly: true, secure: true });
      req.user = renewed.user;
    }
    next();
  })(req, res, next);
}

module.exports = { authenticate };
