// Warehouse inventory client: talks to the stock service with short-lived tokens.
const jwt = require("./lib/jwt");
const { sign } = require("./lib/hmac");
const axios = require("axios");

async function fetchStockLevels(user, sku) {
  // ok: in-house wrapper named jwt; its second argument is a lifetime, not a key
  const token = jwt.sign(user, "15m");
  return axios.get(`/stock/${sku}`, { headers: { Authorization: `Bearer ${token}` } });
}

function signWebhookBody(body) {
  // ok: `sign` from a local HMAC helper, not from jsonwebtoken
  return sign(body, "sha256");
}

module.exports = { fetchStockLevels, signWebhookBody };
