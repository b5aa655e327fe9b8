const jwt = require("jsonwebtoken");

const ACCESS_SECRET = process.env.ACCESS_TOKEN_SECRET;
const REFRESH_SECRET = process.env.REFRESH_TOKEN_SECRET;
const THIRTY_DAYS = 60 * 60 * 24 * 30;

function issueAccessToken(employee) {
  return jwt.sign({ sub: employee.id, role: employee.role }, ACCESS_SECRET, {
    // expect: 30-day access token
    expiresIn: "30d",
  });
}

function issueKioskToken(terminal) {
  // expect: seconds arithmetic through a constant
  return jwt.sign({ sub: terminal.id }, ACCESS_SECRET, { expiresIn: THIRTY_DAYS });
}

function issueShortToken(employee) {
  // ok: fifteen minutes
  return jwt.sign({ sub: employee.id }, ACCESS_SECRET, { expiresIn: "15m" });
}

function issueTokenPair(employee) {
  const accessToken = jwt.sign({ sub: employee.id }, ACCESS_SECRET, { expiresIn: 900 });
  // ok: refresh token (own threshold)
  const refreshToken = jwt.sign({ sub: employee.id }, REFRESH_SECRET, { expiresIn: "30d" });
  return { accessToken, refreshToken };
}

function passwordResetToken(employee) {
  // ok: a reset token, not an access token
  return jwt.sign({ sub: employee.id, purpose: "reset" }, ACCESS_SECRET, { expiresIn: "2d" });
}

module.exports = { issueAccessToken, issueKioskToken, issueShortToken, issueTokenPair, passwordResetToken };
