// Ledger service: NestJS controller.
import { Controller, Headers, Post, Body } from "@nestjs/common";
import * as jose from "jose";
import { jwtDecode } from "jwt-decode";

@Controller("ledger")
export class LedgerController {
  @Post("entries")
  create(@Headers("authorization") auth: string, @Body() entry: LedgerEntry) {
    // expect: namespace import of jose, claims never verified
    const claims = jose.decodeJwt(auth.slice(7));
    return this.ledger.post(entry, claims.sub as string);
  }

  @Post("close")
  close(@Headers("authorization") auth: string) {
    // expect: jwt-decode in a server controller
    const { sub } = jwtDecode<{ sub: string }>(auth.slice(7));
    return this.ledger.closePeriod(sub);
  }

  expiresAt(auth: string): number {
    // ok: only reads the header of the decoded token
    return jose.decodeProtectedHeader(auth).alg === "none" ? 0 : 1;
  }
}
