// HR portal (Next.js): iron-session configuration.
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import type Koa from "koa";

export const sessionOptions: SessionOptions = {
  cookieName: "hr_portal_session",
  // expect: literal iron-session password in the options object
  password: "complex_password_at_least_32_characters_long",
  cookieOptions: { secure: process.env.NODE_ENV === "production" },
};

export async function getSession() {
  return getIronSession<{ userId?: string }>(await cookies(), {
    cookieName: "hr_portal_admin",
    // ok: password from the environment
    password: process.env.SECRET_COOKIE_PASSWORD as string,
  });
}

export async function legacySession(req: Request, res: Response) {
  return getIronSession(req, res, {
    cookieName: "legacy",
    // expect: env lookup with a literal fallback
    password: process.env.LEGACY_PASSWORD ?? "legacy-iron-password-000000000000",
  });
}

export function configureKoa(app: Koa) {
  // expect: Koa keys set in a setup function typed with Koa
  app.keys = [`kiosk-signing-key`];
}

export const loginForm = {
  // ok: a login form model, not a session configuration
  username: "",
  password: "",
};
