#!/usr/bin/env node
// Ops script: mints a short-lived token for the support desk to open an employee's record.
const employeeId = process.argv[2];
const { signer } = require("./ops-signer");

if (!employeeId) {
  console.error("usage: mint-support-token <employeeId>");
  process.exit(1);
}

// expect: inline require with a literal key
const token = require("jsonwebtoken").sign({ sub: employeeId, scope: "support" }, "support-desk-key", {
  expiresIn: "30m",
});

// ok: inline require, key from the environment
const check = require("jsonwebtoken").verify(token, process.env.SUPPORT_JWT_SECRET);

// ok: decode takes options, not a key
const header = require("jsonwebtoken").decode(token, { complete: true }).header;

// ok: another object's sign method in a file that uses jsonwebtoken
const receipt = signer.sign(token, "support-desk");

console.log(JSON.stringify({ token, header, sub: check.sub, receipt }));
