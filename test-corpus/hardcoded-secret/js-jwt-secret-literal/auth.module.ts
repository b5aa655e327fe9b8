// Expense service: NestJS authentication module.
import { Module, Injectable } from "@nestjs/common";
import { JwtModule, JwtService } from "@nestjs/jwt";
import { ConfigService } from "@nestjs/config";
import { PassportStrategy } from "@nestjs/passport";
import { ExtractJwt, Strategy } from "passport-jwt";

export const jwtConstants = {
  // expect: the NestJS documentation's constants object
  secret: "DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.",
};

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // ok: the literal is reported at jwtConstants.secret above
      secretOrKey: jwtConstants.secret,
    });
  }
}

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // expect: useFactory returning a literal fallback
        secret: config.get<string>("JWT_SECRET") ?? "expenses-dev-secret",
        signOptions: { expiresIn: "15m" },
      }),
    }),
    JwtModule.register({
      // ok: read from configuration without fallback
      secret: process.env.EXPENSES_JWT_SECRET,
    }),
  ],
  providers: [JwtStrategy],
})
export class AuthModule {}

@Injectable()
export class ReceiptLinks {
  constructor(private readonly jwtService: JwtService, private readonly config: ConfigService) {}

  issue(receiptId: string): string {
    // expect: per-call secret override
    return this.jwtService.sign({ receiptId }, { secret: "receipt-links", expiresIn: "10m" });
  }

  check(token: string) {
    // ok: per-call secret from configuration
    return this.jwtService.verify(token, { secret: this.config.getOrThrow<string>("RECEIPT_SECRET") });
  }
}
