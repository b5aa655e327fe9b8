// Scheduling service: keeps the tokens it issued and shows when users last signed in.
const { decode } = require("jsonwebtoken");

function lastLoginTimes(users, tokenStore) {
  return users.map((user) => {
    const stored = tokenStore.tokenOf(user);
    // ok: only the issue time of the service's own token is read
    const parsed = stored ? decode(stored, { json: true }) : null;
    const issued = decode(stored);
    // ok: the decoded value above is only used for its iat
    return { id: user.id, lastLogin: parsed ? parsed.iat : null, issuedAt: issued && issued.iat };
  });
}

function shiftOwner(req) {
  // expect: stored in a variable, then used for the owner id
  const claims = decode(req.get("x-shift-token"));
  return claims.ownerId;
}

function forwardClaims(req, next) {
  // expect: the decoded object is handed on as the user
  const user = decode(req.cookies.shift_session);
  next(user);
}

module.exports = { lastLoginTimes, shiftOwner, forwardClaims };
