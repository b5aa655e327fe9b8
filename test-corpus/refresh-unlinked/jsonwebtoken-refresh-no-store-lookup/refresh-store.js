const RefreshSession = require("../models/refresh-session");

async function loadSession(jti) {
  return RefreshSession.findOne({ jti });
}

async function checkRefreshSession(claims) {
  const session = await loadSession(claims.jti);
  if (!session || session.employee !== claims.sub) throw new Error("unknown refresh token");
}

module.exports = { checkRefreshSession };
