// HR portal (Next.js server actions).
"use server";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import type { Context } from "koa";

export async function signIn(formData: FormData) {
  const session = await createSession(formData);
  // expect: Next.js cookies().set defaults to not HttpOnly
  (await cookies()).set("hr_session", session.id, { secure: true, sameSite: "lax" });
}

export async function impersonate(employeeId: string) {
  const jwt = await issueImpersonationJwt(employeeId);
  const store = await cookies();
  // expect: object form without httpOnly
  store.set({ name: "impersonation_token", value: jwt, secure: true });
}

export function proxyLogin(token: string) {
  const res = NextResponse.redirect("/home");
  // ok: explicitly HttpOnly
  res.cookies.set("auth_token", token, { httpOnly: true, secure: true } as const);
  return res;
}

export function koaLogin(ctx: Context, token: string) {
  // ok: Koa cookies are HttpOnly by default
  ctx.cookies.set("accessToken", token, { sameSite: "lax" });
}
