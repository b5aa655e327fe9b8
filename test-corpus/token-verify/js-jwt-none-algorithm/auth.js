// Warehouse API: token checks for handheld scanners and partner integrations.
const jwt = require("jsonwebtoken");
const { expressjwt } = require("express-jwt");
const fs = require("fs");

const PARTNER_KEY = fs.readFileSync(process.env.PARTNER_PUBLIC_KEY_PATH);

function scannerClaims(token) {
  return jwt.verify(token, PARTNER_KEY, {
    // expect: "none" allowed next to RS256
    algorithms: ["RS256", "none"],
  });
}

const partnerAuth = expressjwt({
  secret: PARTNER_KEY,
  // expect: upper-case NONE is the same algorithm
  algorithms: ["NONE"],
});

function kioskToken(deviceId) {
  // expect: issuing unsigned tokens
  return jwt.sign({ sub: deviceId }, null, { algorithm: "none" });
}

const strictAuth = expressjwt({
  secret: PARTNER_KEY,
  // ok: only the real algorithm
  algorithms: ["RS256"],
});

const compression = {
  // ok: a different kind of algorithm list in the same file (not a JWT option)
  algorithm: "gzip",
};

module.exports = { scannerClaims, partnerAuth, kioskToken, strictAuth, compression };
