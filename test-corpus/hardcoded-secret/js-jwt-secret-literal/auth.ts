// HR portal (Next.js): Auth.js configuration and route protection.
import NextAuth, { type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";

// expect: a JWT secret constant with a literal fallback, exported for other modules
export const JWT_SECRET = process.env.NEXTAUTH_SECRET || "hr-portal-nextauth";

export const authOptions: NextAuthOptions = {
  providers: [CredentialsProvider({ credentials: {}, authorize: async () => null })],
  session: { strategy: "jwt" },
  // ok: reported at the JWT_SECRET constant
  secret: JWT_SECRET,
};

export default NextAuth(authOptions);

export async function currentUser(req: NextRequest) {
  // expect: literal secret passed to getToken
  return getToken({ req, secret: "hr-portal-nextauth-2" });
}

export async function currentUserSafe(req: NextRequest) {
  // ok: secret from the environment
  return getToken({ req, secret: process.env.NEXTAUTH_SECRET });
}

export const publicKeys = {
  // ok: a public key is not a secret
  privateKey: undefined,
  jwtPublicKey: "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----",
};
