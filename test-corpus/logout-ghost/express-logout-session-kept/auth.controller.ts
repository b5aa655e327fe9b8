import { Controller, Post, Req, Res, HttpCode } from "@nestjs/common";
import type { Request, Response } from "express";
import { TokenDenylist } from "./token-denylist";

@Controller("auth")
export class AuthController {
  constructor(private readonly tokens: TokenService, private readonly denylist: TokenDenylist) {}

  @Post("logout")
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    // expect: JWT logout that only clears the cookies
    res.clearCookie("access_token");
    // expect: and the refresh cookie
    res.clearCookie("refresh_token", { path: "/auth/refresh" });
  }

  @Post("logout-everywhere")
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.tokens.revokeAllForUser(req.user!.id);
    // ok: revokes the refresh tokens server-side first
    res.clearCookie("refresh_token", { path: "/auth/refresh" });
  }

  @Post("session/end")
  async handleLogout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await retireRefreshToken(req.cookies.refresh_token);
    // ok: a helper in another file denylists the token
    res.clearCookie("refresh_token");
  }

  @Post("logout-report")
  async logoutsReport(@Res({ passthrough: true }) res: Response) {
    // ok: a report, not a logout
    res.clearCookie("report_filter");
    return this.tokens.logoutStats();
  }
}

export async function fastifyLogout(request: FastifyRequest, reply: FastifyReply) {
  // expect: @fastify/session logout that keeps the session in the store
  reply.clearCookie("sessionId");
  return reply.send({ ok: true });
}

export async function fastifySignOut(request: FastifyRequest, reply: FastifyReply) {
  await request.session.destroy();
  // ok: destroyed first
  reply.clearCookie("sessionId");
  return reply.send({ ok: true });
}
