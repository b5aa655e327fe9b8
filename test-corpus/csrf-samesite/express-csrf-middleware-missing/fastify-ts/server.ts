// Clinic scheduling (Fastify): server-side sessions for the reception desk.
import Fastify from "fastify";
import fastifyCookie from "@fastify/cookie";
import fastifySession from "@fastify/session";

export async function build() {
  const app = Fastify();
  await app.register(fastifyCookie);
  // expect: session cookie plugin, POST routes, no @fastify/csrf-protection in the project
  await app.register(fastifySession, {
    secret: process.env.SESSION_SECRET as string,
    cookie: { secure: true },
  });

  app.post("/appointments", async (request) => createAppointment(request.session.get("staffId"), request.body));
  app.delete("/appointments/:id", async (request) => cancelAppointment(request.params));
  return app;
}
