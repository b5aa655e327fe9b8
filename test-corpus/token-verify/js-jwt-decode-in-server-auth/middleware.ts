// Finance portal: Next.js middleware guarding the /admin area.
import { NextRequest, NextResponse } from "next/server";
import { decodeJwt, jwtVerify } from "jose";

const secret = new TextEncoder().encode(process.env.AUTH_SECRET);

export async function middleware(request: NextRequest) {
  const session = request.cookies.get("finance_session")?.value ?? "";
  // expect: role read from an unverified cookie token
  const claims = decodeJwt(session);
  if (request.nextUrl.pathname.startsWith("/admin") && claims.role !== "controller") {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  return NextResponse.next();
}

export async function readVerified(request: NextRequest) {
  const bearer = request.headers.get("authorization")?.slice(7) ?? "";
  // ok: the same token is verified with jose right after peeking at it
  const peek = decodeJwt(bearer);
  const { payload } = await jwtVerify(bearer, secret, { issuer: String(peek.iss) });
  return payload;
}
