import { Injectable, UnauthorizedException } from "@nestjs/common";
import { PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly users: UsersService) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
  }

  // The user (and so the role) is loaded from the database on every request.
  async validate(payload: AccessClaims) {
    const user = await this.users.findById(payload.sub);
    if (!user) throw new UnauthorizedException();
    return user;
  }
}

export class AdminService {
  async demote(id: string) {
    // ok: rights are re-read per request by the strategy above
    await prisma.user.update({ where: { id }, data: { role: "MEMBER" } });
  }

  async disable(id: string) {
    // ok: same project, fresh lookup per request
    await prisma.user.update({ where: { id }, data: { isActive: false } });
  }
}
