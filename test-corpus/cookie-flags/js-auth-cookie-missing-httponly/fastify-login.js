// Warehouse API (Fastify): scanner sign-in.
async function routes(fastify) {
  fastify.post("/scanner/login", async (request, reply) => {
    const sessionToken = await fastify.scanners.signIn(request.body);
    // expect: Fastify setCookie defaults to not HttpOnly
    reply.setCookie("scanner_session", sessionToken, { path: "/", secure: true });
    // ok: explicitly HttpOnly
    reply.setCookie("scanner_auth", sessionToken, { path: "/", httpOnly: true, secure: true });
    // ok: a CSRF token for the scanner UI
    reply.setCookie("_csrf", await reply.generateCsrf(), { path: "/" });
    return { ok: true };
  });
}

module.exports = routes;
