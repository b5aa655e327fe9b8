// Wiki server: configuration read from Docker secrets.
const fs = require("fs");
const path = require("path");

const basePath = path.resolve("/run/secrets/");

function getSecret(name) {
  return fs.readFileSync(path.join(basePath, name), "utf8").trim();
}

module.exports = {
  // ok: a helper named getSecret reading a Docker secret by name
  dbURL: getSecret("dburl"),
  // ok: the session secret is read from a file
  sessionSecret: getSecret("sessionsecret"),
};
