// Expense tracker (Next.js App Router): session cookie helpers.
import { cookies } from "next/headers";
import { NextResponse } from "next/server";

export async function createSession(sessionId: string) {
  const cookieStore = await cookies();
  cookieStore.set("session", sessionId, {
    // expect: Next.js session cookie readable by scripts
    httpOnly: false,
    secure: true,
    sameSite: "lax",
    path: "/",
  });
}

export async function rememberDevice(deviceToken: string) {
  (await cookies()).set({
    name: "device_token",
    value: deviceToken,
    httpOnly: true,
    // expect: object form with secure off
    secure: false,
  });
}

export async function clearSession() {
  // ok: deletion cookie with an empty value
  (await cookies()).set("session", "", { httpOnly: false, maxAge: 0 });
}

export function withLocale(res: NextResponse, locale: string) {
  // ok: the locale is not a credential
  res.cookies.set("NEXT_LOCALE", locale, { httpOnly: false, secure: false });
  return res;
}

export function withCsrf(res: NextResponse, csrfToken: string) {
  // ok: the CSRF token must be readable by the client
  res.cookies.set("csrf_token", csrfToken, { httpOnly: false });
  return res;
}
