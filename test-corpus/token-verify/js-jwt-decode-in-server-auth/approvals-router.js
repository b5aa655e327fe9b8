// Procurement service: purchase-order approval routes.
const express = require("express");
const jwtDecode = require("jwt-decode");

const router = express.Router();

router.post("/orders/:id/approve", async (req, res) => {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  // expect: unverified claims decide who may approve
  const claims = jwtDecode(token);
  if (!claims.scopes.includes("po:approve")) return res.sendStatus(403);
  await approveOrder(req.params.id, claims.sub);
  res.sendStatus(204);
});

function tenantOf(req) {
  // expect: tenant taken from an unverified token in a request helper
  return jwtDecode(req.cookies.access_token).tenantId;
}

function shouldRefresh(token) {
  // ok: only the expiry is read
  return jwtDecode(token).exp < Date.now() / 1000 + 30;
}

module.exports = { router, tenantOf, shouldRefresh };
