// Payroll service: signed links for payslip downloads and the bank-export callback.
import { sign, verify as verifyJwt } from "jsonwebtoken";
import { readFile } from "node:fs/promises";

// expect: template-literal constant used through the aliased named import verifyJwt
const BANK_CALLBACK_KEY = `payroll-bank-callback-key`;

// Public key of the bank's export gateway, published on their developer portal.
const BANK_GATEWAY_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq0mH3Gk3h6mB3nQ2s2m3p2C2Vx8q
c3ZyMGh0Jw7uB4u3W8r1mEJx0Z1M5nqkq9lK3t7C0B6f6jYzU0iQ4Zq9Uw==
-----END PUBLIC KEY-----`;

export function payslipDownloadToken(employeeId, period) {
  // expect: named import `sign` with a literal key
  return sign({ employeeId, period }, "payslip-download", { expiresIn: "10m" });
}

export function readBankCallback(token) {
  // ok: reported at the BANK_CALLBACK_KEY constant
  return verifyJwt(token, BANK_CALLBACK_KEY, { algorithms: ["HS256"] });
}

export function readBankGatewayEvent(token) {
  // ok: the gateway's public key is public material, not a secret
  return verifyJwt(token, BANK_GATEWAY_PUBLIC_KEY, { algorithms: ["ES256"] });
}

export async function readPayrollRunToken(token) {
  const key = await readFile(process.env.PAYROLL_JWT_PUBLIC_KEY_PATH, "utf8");
  // ok: key read from a file whose path is configured
  return verifyJwt(token, key, { algorithms: ["RS256"] });
}
