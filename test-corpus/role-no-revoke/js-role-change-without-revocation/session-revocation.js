const redis = require("../lib/redis");

async function listSessionIds(employeeId) {
  return redis.sMembers(`employee-sessions:${employeeId}`);
}

async function forceReauthentication(employeeId) {
  const ids = await listSessionIds(employeeId);
  await Promise.all(ids.map((sid) => redis.del(`sess:${sid}`)));
}

module.exports = { forceReauthentication };
