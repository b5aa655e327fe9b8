// Timesheet service on Fastify.
const fastify = require("fastify")({ logger: true });
const fastifyJwt = require("@fastify/jwt");

// expect: @fastify/jwt secret
fastify.register(fastifyJwt, { secret: "timesheet-jwt" });

fastify.register(require("@fastify/jwt"), {
  namespace: "partner",
  // ok: secret from the environment
  secret: process.env.PARTNER_SECRET,
});

fastify.register(require("@fastify/rate-limit"), {
  // ok: not a JWT plugin
  secret: "not-a-jwt-plugin",
});

module.exports = fastify;
