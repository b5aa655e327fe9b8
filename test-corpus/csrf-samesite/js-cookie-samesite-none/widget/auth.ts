// Learning platform (Next.js): LTI launches arrive cross-site.
import type { NextAuthOptions } from "next-auth";
import { NextResponse } from "next/server";

export const authOptions: NextAuthOptions = {
  providers: [],
  cookies: {
    sessionToken: {
      name: "__Secure-next-auth.session-token",
      // expect: next-auth session cookie with SameSite=None
      options: { httpOnly: true, sameSite: "none", path: "/", secure: true },
    },
  },
};

export function launch(sessionToken: string) {
  const res = NextResponse.redirect("/course");
  // expect: Next.js response cookie with SameSite=None
  res.cookies.set("lti_session", sessionToken, { httpOnly: true, secure: true, sameSite: "none" });
  // ok: sameSite lax
  res.cookies.set("lms_session", sessionToken, { httpOnly: true, secure: true, sameSite: "lax" });
  return res;
}

export function endLaunch() {
  const res = NextResponse.redirect("/");
  // ok: deletion cookie, nothing left to send
  res.cookies.set("lti_session", "", { sameSite: "none", secure: true, maxAge: 0 });
  return res;
}
