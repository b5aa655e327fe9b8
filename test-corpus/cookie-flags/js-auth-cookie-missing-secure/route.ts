// Finance dashboard: Next.js route handlers.
import { NextRequest, NextResponse } from "next/server";
import { serialize } from "cookie";

export async function POST(request: NextRequest) {
  const { accessToken } = await exchange(await request.json());
  const res = NextResponse.json({ ok: true });
  // expect: response.cookies.set without secure
  res.cookies.set("access_token", accessToken, { httpOnly: true, sameSite: "lax" });
  return res;
}

export async function PUT(request: NextRequest) {
  const session = await refresh(request);
  // expect: cookie.serialize without secure
  const header = serialize("session", session.id, { httpOnly: true, path: "/" });
  return new NextResponse(null, { headers: { "Set-Cookie": header } });
}

export async function DELETE() {
  const res = NextResponse.json({ ok: true });
  // ok: deletion
  res.cookies.set("access_token", "", { maxAge: 0 });
  // ok: secure set from configuration
  res.cookies.set("session", "rotated", { httpOnly: true, secure: process.env.NODE_ENV === "production" });
  return res;
}
