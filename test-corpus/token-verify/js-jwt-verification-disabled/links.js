// HR portal: one-time links for onboarding documents.
const jwtSimple = require("jwt-simple");
const jwt = require("jsonwebtoken");

function readOnboardingLink(req) {
  // expect: jwt-simple noVerify = true
  const payload = jwtSimple.decode(req.query.t, process.env.LINK_SECRET, true);
  return payload.employeeId;
}

function readOfferLink(req) {
  // ok: signature checked (noVerify false)
  return jwtSimple.decode(req.query.t, process.env.LINK_SECRET, false, "HS512");
}

function readPolicyLink(token) {
  // expect: falsy key
  return jwt.verify(token, null, { algorithms: ["HS256"] });
}

function readPayslipLink(token) {
  // ok: key from the environment
  return jwt.verify(token, process.env.PAYSLIP_LINK_SECRET, { algorithms: ["HS256"] });
}

module.exports = { readOnboardingLink, readOfferLink, readPolicyLink, readPayslipLink };
