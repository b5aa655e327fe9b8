import { Module } from "@nestjs/common";
import { JwtModule, JwtService } from "@nestjs/jwt";
import { SignJWT } from "jose";

@Module({
  imports: [
    JwtModule.register({
      secret: process.env.JWT_SECRET,
      // expect: a week-long default for every token
      signOptions: { expiresIn: 60 * 60 * 24 * 7 },
    }),
  ],
})
export class AuthModule {}

export class TokenService {
  constructor(private readonly jwtService: JwtService) {}

  async accessFor(user: User) {
    // expect: jose access token valid for a year
    return new SignJWT({ sub: user.id, role: user.role }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("365d").sign(key);
  }

  async shortAccess(user: User) {
    // ok: ten minutes
    return this.jwtService.signAsync({ sub: user.id }, { expiresIn: "10m" });
  }

  async refreshFor(user: User) {
    // ok: refresh token, judged by its own threshold
    return this.jwtService.signAsync({ sub: user.id }, { secret: process.env.JWT_REFRESH_SECRET, expiresIn: "14d" });
  }

  async inviteLink(email: string) {
    // ok: invitation link token
    return this.jwtService.sign({ email }, { expiresIn: "7d" });
  }
}
