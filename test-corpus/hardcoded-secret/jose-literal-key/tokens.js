// Inventory service: tokens for label printers.
const jose = require("jose");
const crypto = require("node:crypto");

// expect: literal KeyObject
const printerKey = crypto.createSecretKey(Buffer.from("label-printer-hmac-key"));

async function printerToken(printerId) {
  // ok: reported at the createSecretKey literal
  return new jose.SignJWT({ sub: printerId }).setProtectedHeader({ alg: "HS256" }).sign(printerKey);
}

async function readScannerToken(token) {
  // expect: literal passed straight to jose.jwtVerify
  return jose.jwtVerify(token, new TextEncoder().encode(`scanner-hmac`));
}

async function readAuditToken(token) {
  const publicKey = await jose.importSPKI(process.env.AUDIT_PUBLIC_KEY, "RS256");
  // ok: asymmetric key loaded at run time
  return jose.jwtVerify(token, publicKey);
}

function signExport(csv) {
  // ok: not a jose call (an in-house signer with an env key)
  return exportSigner.sign(csv, process.env.EXPORT_KEY);
}

module.exports = { printerToken, readScannerToken, readAuditToken, signExport };
