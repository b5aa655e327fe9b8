const express = require("express");
const jwt = require("jsonwebtoken");
const Employee = require("../models/employee");
const RefreshToken = require("../models/refresh-token");
const { checkRefreshSession } = require("./refresh-store");

const router = express.Router();
const ACCESS_SECRET = process.env.ACCESS_TOKEN_SECRET;
const REFRESH_SECRET = process.env.REFRESH_TOKEN_SECRET;

router.post("/auth/refresh", async (req, res) => {
  try {
    const claims = jwt.verify(req.cookies.refreshToken, REFRESH_SECRET);
    const employee = await Employee.findById(claims.sub);
    // expect: signature check only, the refresh token is never looked up
    const accessToken = jwt.sign({ sub: employee.id, role: employee.role }, ACCESS_SECRET, { expiresIn: "15m" });
    res.json({ accessToken });
  } catch (e) {
    res.sendStatus(401);
  }
});

router.post("/token/refresh", async (req, res) => {
  const { refreshToken } = req.body;
  const claims = jwt.verify(refreshToken, REFRESH_SECRET);
  const stored = await RefreshToken.findOne({ token: refreshToken, employee: claims.sub });
  if (!stored || stored.revoked) return res.sendStatus(401);
  // ok: the presented token was found in the store
  res.json({ accessToken: jwt.sign({ sub: claims.sub }, ACCESS_SECRET, { expiresIn: "15m" }) });
});

router.post("/mobile/refresh", async (req, res) => {
  const claims = jwt.verify(req.body.refreshToken, REFRESH_SECRET);
  const employee = await Employee.findById(claims.sub);
  if (!employee.refreshTokens.includes(req.body.refreshToken)) return res.sendStatus(403);
  // ok: compared with the tokens stored on the employee
  res.json({ accessToken: jwt.sign({ sub: employee.id }, ACCESS_SECRET, { expiresIn: "10m" }) });
});

router.post("/kiosk/refresh", async (req, res) => {
  const claims = jwt.verify(req.body.refreshToken, REFRESH_SECRET);
  await ensureKioskTokenLive(claims);
  // ok: a helper of this file checks the denylist
  res.json({ accessToken: jwt.sign({ sub: claims.sub }, ACCESS_SECRET, { expiresIn: "10m" }) });
});

async function ensureKioskTokenLive(claims) {
  if (await redis.sIsMember("revoked-refresh", claims.jti)) throw new Error("revoked");
}

router.post("/payroll/refresh-token", async (req, res) => {
  const claims = jwt.verify(req.body.refreshToken, REFRESH_SECRET);
  await checkRefreshSession(claims);
  // ok: a helper in another file looks the token up
  res.json({ accessToken: jwt.sign({ sub: claims.sub }, ACCESS_SECRET, { expiresIn: "10m" }) });
});

router.post("/inventory/refresh-stock", async (req, res) => {
  const claims = jwt.verify(req.headers.authorization.slice(7), ACCESS_SECRET);
  // ok: refreshes stock levels, not a token refresh
  res.json({ report: jwt.sign({ sub: claims.sub, scope: "stock-report" }, ACCESS_SECRET, { expiresIn: "5m" }) });
});

exports.handleRefreshToken = async (req, res) => {
  const decoded = jwt.verify(req.cookies.jwt, REFRESH_SECRET);
  // expect: named refresh controller issuing through a helper without any lookup
  const tokens = generateTokens(decoded.sub);
  res.json(tokens);
};

exports.refreshInventory = async (req, res) => {
  const decoded = jwt.verify(req.query.t, ACCESS_SECRET);
  // ok: not a token refresh
  res.json({ signed: jwt.sign({ sku: req.body.sku, by: decoded.sub }, ACCESS_SECRET, { expiresIn: "5m" }) });
};

module.exports = router;
