// Employee directory: session tokens for the Next.js front end.
import jsonwebtoken, { sign } from "jsonwebtoken";
import type { SignOptions } from "jsonwebtoken";
import { auditLog } from "./audit";

// expect: template-literal constant used as the `??` fallback of SESSION_SECRET
const DIRECTORY_FALLBACK = `directory-dev-secret`;
const SESSION_SECRET = process.env.DIRECTORY_JWT_SECRET ?? DIRECTORY_FALLBACK;
const options: SignOptions = { algorithm: "HS256", expiresIn: "1h" };

export function createSessionToken(employeeId: string, roles: string[]): string {
  auditLog.sign("session-created", employeeId);
  // ok: reported at the DIRECTORY_FALLBACK constant
  return sign({ sub: employeeId, roles }, SESSION_SECRET, options);
}

export function readSessionToken(token: string) {
  // expect: default import with a string literal
  return jsonwebtoken.verify(token, "directory-dev-secret", { algorithms: ["HS256"] });
}

export function createImpersonationToken(adminId: string, employeeId: string, secret: string): string {
  // ok: secret passed in by the caller
  return sign({ sub: employeeId, act: { sub: adminId } }, secret, { expiresIn: "5m" });
}

export function readPartnerToken(token: string, partnerKey: Buffer) {
  // ok: per-partner key fetched from the key store by the caller
  return jsonwebtoken.verify(token, partnerKey, { algorithms: ["HS512"] });
}
