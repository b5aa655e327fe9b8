// Fleet tracker (Fastify) with a cookie policy set once for every reply.setCookie.
const fastify = require("fastify")();
fastify.register(require("@fastify/cookie"), {
  secret: process.env.COOKIE_SECRET,
  parseOptions: { secure: true, httpOnly: true, sameSite: "lax" },
});

fastify.post("/login", async (request, reply) => {
  const token = await fastify.auth.login(request.body);
  // ok: parseOptions above forces Secure on every cookie
  reply.setCookie("fleet_token", token, { path: "/" });
  return { ok: true };
});

module.exports = fastify;
