import { Injectable, UnauthorizedException } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import { assertTokenNotReused } from "./token-family";

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService, private readonly users: UsersRepository) {}

  async refreshTokens(refreshToken: string) {
    const payload = await this.jwtService.verifyAsync<RefreshClaims>(refreshToken, { secret: process.env.JWT_REFRESH_SECRET });
    const user = await this.users.findById(payload.sub);
    if (!user) throw new UnauthorizedException();
    // expect: refresh token verified by signature only
    const accessToken = await this.jwtService.signAsync({ sub: user.id, role: user.role }, { expiresIn: "15m" });
    return { accessToken };
  }

  async refresh(refreshToken: string) {
    const payload = await this.jwtService.verifyAsync<RefreshClaims>(refreshToken, { secret: process.env.JWT_REFRESH_SECRET });
    const user = await this.users.findById(payload.sub);
    if (!user || !(await bcrypt.compare(refreshToken, user.refreshTokenHash))) throw new UnauthorizedException();
    // ok: compared with the hash stored for the user
    return { accessToken: await this.jwtService.signAsync({ sub: user.id }, { expiresIn: "15m" }) };
  }

  async renewAccessToken(refreshToken: string) {
    const payload = this.jwtService.verify<RefreshClaims>(refreshToken, { secret: process.env.JWT_REFRESH_SECRET });
    await assertTokenNotReused(payload);
    // ok: another file checks the token family
    return { accessToken: this.jwtService.sign({ sub: payload.sub }, { expiresIn: "15m" }) };
  }

  async refreshCatalogue(token: string) {
    const payload = this.jwtService.verify<AccessClaims>(token);
    // ok: refreshes the catalogue cache, not a token
    return { accessToken: this.jwtService.sign({ sub: payload.sub }, { expiresIn: "5m" }) };
  }
}

export async function refreshSession(req: Request, res: Response) {
  const claims = jwt.verify(req.cookies.rt, process.env.JWT_REFRESH_SECRET!) as RefreshClaims;
  // expect: jose-style issuance after a signature-only check
  const token = await new SignJWT({ sub: claims.sub }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("15m").sign(key);
  res.json({ token });
}
