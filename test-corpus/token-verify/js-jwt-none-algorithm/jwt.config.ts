// Billing service: NestJS JWT module configuration.
import { JwtModule } from "@nestjs/jwt";
import { ConfigService } from "@nestjs/config";

export const jwtModule = JwtModule.registerAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService) => ({
    publicKey: config.get<string>("BILLING_JWT_PUBLIC_KEY"),
    // expect: verify options accept unsigned tokens
    verifyOptions: { algorithms: ["none", "RS256"] },
  }),
});

export const internalModule = JwtModule.register({
  secret: process.env.INTERNAL_JWT_SECRET,
  // expect: tokens signed with no algorithm
  signOptions: { algorithm: "none" },
});

export const strictModule = JwtModule.register({
  publicKey: process.env.BILLING_JWT_PUBLIC_KEY,
  // ok: pinned algorithm
  verifyOptions: { algorithms: ["RS256"] },
});

export const header = {
  // ok: a real algorithm in the header template
  alg: "RS256",
};
