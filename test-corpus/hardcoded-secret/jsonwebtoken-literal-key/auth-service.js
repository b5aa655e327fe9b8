// HR portal: login and token checks for the employee self-service API.
"use strict";

const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const jwt = require("jsonwebtoken");
const cookieSignature = require("cookie-signature");
const { loadSettings } = require("./settings");

const ISSUER = "hr-portal";
// expect: same-file constant bound to a literal, used by verifyLegacyPortalToken
const LEGACY_PORTAL_SECRET = "hr-portal-2019-signing-key";
// expect: environment lookup with a literal fallback, used by issueRefreshToken
const REFRESH_SECRET = process.env.REFRESH_TOKEN_SECRET || "refresh-dev-secret";

const settings = loadSettings(process.env.NODE_ENV);
const privateKey = fs.readFileSync(path.join(__dirname, "keys", "private.pem"));

function issueAccessToken(employee) {
  return jwt.sign(
    { sub: employee.id, dept: employee.departmentId, roles: employee.roles },
    // expect: string literal as HMAC secret
    "hr-access-secret",
    { expiresIn: "15m", issuer: ISSUER },
  );
}

function issueRefreshToken(employee) {
  // ok: reported at the REFRESH_SECRET constant, the line to change
  return jwt.sign({ sub: employee.id, typ: "refresh" }, REFRESH_SECRET, { expiresIn: "7d" });
}

function verifyLegacyPortalToken(token) {
  // ok: reported at the LEGACY_PORTAL_SECRET constant
  return jwt.verify(token, LEGACY_PORTAL_SECRET, { algorithms: ["HS256"] });
}

function verifyAccessToken(token) {
  // ok: secret read from the environment, no fallback
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"], issuer: ISSUER });
}

function issueServiceToken(serviceName) {
  // ok: asymmetric private key read from a key file at start-up
  return jwt.sign({ sub: serviceName }, privateKey, { algorithm: "RS256", expiresIn: "5m" });
}

function issuePayslipLink(payslipId) {
  // ok: secret comes from settings loaded at runtime
  return jwt.sign({ payslipId }, settings.jwt.downloadSecret, { expiresIn: "10m" });
}

function signExportManifest(manifest) {
  // ok: node crypto signature, not jsonwebtoken
  return crypto.sign("sha256", Buffer.from(JSON.stringify(manifest)), privateKey);
}

function signAuditRecord(record) {
  const signer = crypto.createSign("RSA-SHA256");
  signer.update(JSON.stringify(record));
  // ok: a crypto Sign object; the second argument is the output encoding
  return signer.sign(privateKey, "base64");
}

function signLocaleCookie(locale) {
  // ok: cookie-signature with a secret from the environment
  return cookieSignature.sign(locale, process.env.COOKIE_SECRET);
}

module.exports = {
  issueAccessToken,
  issueRefreshToken,
  verifyLegacyPortalToken,
  verifyAccessToken,
  issueServiceToken,
  issuePayslipLink,
  signExportManifest,
  signAuditRecord,
  signLocaleCookie,
};
