// Payroll service configuration (read by server.js and the token helpers).
module.exports = {
  port: Number(process.env.PORT || 3000),
  db: {
    url: process.env.DATABASE_URL,
    // ok: a database password field is not a JWT setting (another rule's concern)
    password: process.env.DB_PASSWORD,
  },
  jwt: {
    // expect: JWT secret with a literal fallback in the configuration module
    secret: process.env.JWT_SECRET || "payroll-dev-jwt",
    expiresIn: "1h",
  },
  // expect: the key name says it is the refresh-token secret
  refreshTokenSecret: "payroll-refresh-2022",
  // ok: an expiry, not a secret
  jwtExpiresIn: "7d",
  mail: {
    // ok: a `secret` that has nothing to do with JWT
    secret: "smtp-relay-password",
  },
};
