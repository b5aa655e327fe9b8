// Document signing helpers (no JWT library).
const crypto = require("crypto");

function checkDocument(doc, signature, publicKey) {
  const verifier = crypto.createVerify("SHA256");
  verifier.update(doc);
  // ok: node crypto verify, not a JWT
  return verifier.verify(publicKey, signature, "base64") || verifier.verify(null, signature);
}

module.exports = { checkDocument };
