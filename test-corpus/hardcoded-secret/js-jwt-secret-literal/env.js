// Intranet (Next.js): server-side constants shared by the auth handlers.
// expect: the Auth.js secret with a literal fallback
export const AUTH_SECRET = process.env.AUTH_SECRET ?? "intranet-auth-secret-dev";
// ok: no fallback
export const NEXTAUTH_URL = process.env.NEXTAUTH_URL;
// ok: read from the environment without a fallback
export const NEXTAUTH_SECRET = process.env.NEXTAUTH_SECRET;
