// Inventory service: issues and checks the tokens used by warehouse scanners and the admin UI.
import * as jwt from "jsonwebtoken";
import { readFileSync } from "node:fs";
import { createHmac } from "node:crypto";
import { ConfigService } from "./config.service";

export interface ScannerClaims {
  sub: string;
  warehouseId: string;
  scopes: string[];
}

// expect: constant bound to a literal wrapped in `as string`, used by issueScannerToken
const SCANNER_KEY = "scanner-fleet-key-2023" as string;
const AUDIT_PUBLIC_KEY = readFileSync(process.env.AUDIT_PUBLIC_KEY_FILE ?? "/etc/inventory/audit.pub");

export class TokenService {
  // expect: static readonly class field holding the secret, used by issueAdminToken
  private static readonly ADMIN_SECRET = "inventory-admin-hs256";

  constructor(private readonly config: ConfigService) {}

  issueScannerToken(claims: ScannerClaims): string {
    // ok: reported at the SCANNER_KEY constant
    return jwt.sign(claims, SCANNER_KEY, { expiresIn: "8h", audience: "scanners" });
  }

  issueAdminToken(userId: string): string {
    // ok: reported at the ADMIN_SECRET field
    return jwt.sign({ sub: userId, role: "admin" }, TokenService.ADMIN_SECRET, { expiresIn: "30m" });
  }

  verifyReportingToken(token: string): jwt.JwtPayload {
    return jwt.verify(
      token,
      // expect: Buffer built from a literal
      Buffer.from("cmVwb3J0aW5nLWtleQ==", "base64"),
      { algorithms: ["HS256"] },
    ) as jwt.JwtPayload;
  }

  verifyAdminToken(token: string): jwt.JwtPayload {
    // ok: secret loaded from configuration at runtime
    return jwt.verify(token, this.config.get<string>("auth.adminSecret"), {
      algorithms: ["HS256"],
    }) as jwt.JwtPayload;
  }

  verifyScannerToken(token: string): ScannerClaims {
    // ok: environment variable, non-null assertion, no fallback
    return jwt.verify(token, process.env.SCANNER_JWT_SECRET!, { audience: "scanners" }) as ScannerClaims;
  }

  verifyAuditEvent(token: string): jwt.JwtPayload {
    // ok: public key read from a file (the fallback is a path, not a key)
    return jwt.verify(token, AUDIT_PUBLIC_KEY, { algorithms: ["RS256"] }) as jwt.JwtPayload;
  }

  signStockExport(csv: string): string {
    // ok: an HMAC over an export file, keyed from the environment
    return createHmac("sha256", process.env.EXPORT_HMAC_KEY as string).update(csv).digest("hex");
  }
}
