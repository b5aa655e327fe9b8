// Timesheet service: NestJS guard for approver endpoints.
import { CanActivate, ExecutionContext, Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import * as jsonwebtoken from "jsonwebtoken";

interface ApproverClaims {
  sub: string;
  approver: boolean;
}

@Injectable()
export class ApproverGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.replace("Bearer ", "") ?? "";
    // expect: JwtService.decode does not verify the signature
    const claims = this.jwtService.decode(token) as ApproverClaims;
    request.user = claims;
    return claims.approver;
  }
}

@Injectable()
export class ManagerGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const bearer: string = request.headers.authorization?.split(" ")[1] ?? "";
    // ok: verified right below with the same token
    const header = this.jwtService.decode(bearer, { complete: true });
    const claims = await this.jwtService.verifyAsync(bearer, { algorithms: ["HS256"] });
    request.user = { ...claims, kid: header?.header?.kid };
    return true;
  }
}

export function legacyApprover(raw: string): boolean {
  // expect: namespace import of jsonwebtoken, decode only
  const claims = jsonwebtoken.decode(raw) as ApproverClaims | null;
  return claims?.approver === true;
}

export function secondsLeft(raw: string): number {
  // ok: expiry only
  const { exp } = jsonwebtoken.decode(raw) as { exp: number };
  return exp - Math.floor(Date.now() / 1000);
}
