// Payroll service on Fastify.
import Fastify from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifySession from "@fastify/session";
import fastifyCors from "@fastify/cors";

// expect: constant holding the session secret, used below
const COOKIE_SECRET = "payroll-cookie-secret-for-signing";

export async function build() {
  const app = Fastify();
  // expect: literal secret for signed cookies
  await app.register(fastifyCookie, { secret: "payroll-signed-cookies" });
  await app.register(fastifySession, {
    // ok: reported at the COOKIE_SECRET constant, the line to change
    secret: COOKIE_SECRET,
    cookie: { secure: true },
  });
  await app.register(fastifyCors, {
    // ok: not a cookie plugin
    origin: "https://payroll.example.com",
  });
  return app;
}
