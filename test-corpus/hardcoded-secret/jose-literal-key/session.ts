// Finance dashboard (Next.js): stateless sessions signed with jose.
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { cookies } from "next/headers";

// expect: literal secret encoded as the HMAC key
const encodedKey = new TextEncoder().encode("finance-dashboard-session-key");

export async function encrypt(payload: JWTPayload): Promise<string> {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime("7d")
    // ok: reported at the encodedKey literal above
    .sign(encodedKey);
}

export async function decrypt(session: string | undefined = "") {
  // ok: same key, one finding for both uses
  const { payload } = await jwtVerify(session, encodedKey, { algorithms: ["HS256"] });
  return payload;
}

const reportKey = new TextEncoder().encode(process.env.REPORT_SECRET);

export async function reportToken(id: string) {
  // ok: key from the environment
  return new SignJWT({ id }).setProtectedHeader({ alg: "HS256" }).sign(reportKey);
}

export async function readPartnerToken(token: string) {
  // expect: env lookup with a literal fallback inside the encoder
  return jwtVerify(token, new TextEncoder().encode(process.env.PARTNER_SECRET ?? "partner-dev"));
}

export async function readSessionCookie() {
  const value = (await cookies()).get("session")?.value;
  return value ? decrypt(value) : null;
}
